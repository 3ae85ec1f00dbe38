import type { DataSource } from 'typeorm';
import { paginate, parseId, whereNameMatches, type PageArgs } from '@civic/subgraph-kit';
import { unitsInSubtree } from '@civic/org-tree';
import type { VenueFilter } from './venue-filter.input';
import { VenueEntity } from './venue.entity';
import { venueOrdering, type VenueOrder } from './venue-order.input';

export function listVenues(db: DataSource, filter: VenueFilter | null | undefined, orderBy: VenueOrder | null, page: PageArgs) {
  const query = db.getRepository(VenueEntity).createQueryBuilder('venue');
  if (filter?.kind) query.andWhere('venue.kind = :kind', { kind: filter.kind });
  if (filter?.orgUnitId) query.andWhere('venue.org_unit_id = :unit', { unit: parseId(filter.orgUnitId, 'org unit') });
  if (filter?.subtreeOf) {
    query.andWhere(`venue.org_unit_id IN ${unitsInSubtree('root')}`, { root: parseId(filter.subtreeOf, 'org unit') });
  }
  whereNameMatches(query, 'org', 'name', filter?.search);
  return paginate(query, venueOrdering(orderBy), page);
}
