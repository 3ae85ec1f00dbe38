import { In, type DataSource } from 'typeorm';
import { groupLoader, idLoader } from '@civic/subgraph-kit';
import { VenueEntity } from './venue.entity';

export function createVenueLoaders(db: DataSource) {
  const venues = db.getRepository(VenueEntity);
  return {
    venueById: idLoader((ids) => venues.findBy({ id: In(ids) })),
    venuesByUnit: groupLoader<number, VenueEntity>(
      (unitIds) => venues.find({ where: { orgUnitId: In([...unitIds]) }, order: { id: 'ASC' } }),
      (row) => row.orgUnitId,
    ),
  };
}
