import type { DataSource } from 'typeorm';
import { paginate, parseId, whereNameMatches, type PageArgs } from '@civic/subgraph-kit';
import { unitsInSubtree } from '@civic/org-tree';
import type { WorkBrandFilter } from './dtos/work-brand-filter.input';
import { workBrandOrdering, type WorkBrandOrder } from './work-brand-order';
import { WorkBrandEntity } from './work-brand.entity';

/** One keyset page of work brands matching a filter, retired ones only on request. */
export function listWorkBrands(db: DataSource, filter: WorkBrandFilter | null, orderBy: WorkBrandOrder | null, page: PageArgs) {
  const query = db.getRepository(WorkBrandEntity).createQueryBuilder('brand');
  if (!filter?.includeRetired) query.andWhere('brand.retired_at IS NULL');
  if (filter?.orgUnitId) query.andWhere('brand.org_unit_id = :unitId', { unitId: parseId(filter.orgUnitId, 'org unit') });
  if (filter?.subtreeOf) {
    query.andWhere(`brand.org_unit_id IN ${unitsInSubtree('subtreeOf')}`, { subtreeOf: parseId(filter.subtreeOf, 'org unit') });
  }
  if (filter?.forMinors != null) query.andWhere('brand.for_minors = :forMinors', { forMinors: filter.forMinors });
  whereNameMatches(query, 'campaigns', 'name', filter?.search);
  return paginate(query, workBrandOrdering(orderBy), page);
}
