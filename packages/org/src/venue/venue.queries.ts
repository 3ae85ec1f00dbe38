import type { DataSource } from 'typeorm';
import { paginate, parseId, type PageArgs, type SortKey } from '@civic/subgraph-kit';
import { unitsInSubtree } from '@civic/org-tree';
import type { VenueFilter } from './venue-filter.input';
import { VenueEntity } from './venue.entity';

const BY_ID: SortKey<VenueEntity>[] = [{ expression: 'venue.id', value: (row) => row.id }];

export function listVenues(db: DataSource, filter: VenueFilter | null | undefined, page: PageArgs) {
  const query = db.getRepository(VenueEntity).createQueryBuilder('venue');
  if (filter?.kind) query.andWhere('venue.kind = :kind', { kind: filter.kind });
  if (filter?.orgUnitId) query.andWhere('venue.org_unit_id = :unit', { unit: parseId(filter.orgUnitId, 'org unit') });
  if (filter?.subtreeOf) {
    query.andWhere(`venue.org_unit_id IN ${unitsInSubtree('root')}`, { root: parseId(filter.subtreeOf, 'org unit') });
  }
  return paginate(query, BY_ID, page);
}
