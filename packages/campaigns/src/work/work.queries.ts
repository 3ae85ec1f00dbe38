import type { DataSource } from 'typeorm';
import { paginate, parseId, whereNameMatches, type PageArgs } from '@civic/subgraph-kit';
import { unitsInSubtree } from '@civic/org-tree';
import type { WorkFilter } from './dtos/work-filter.input';
import { workOrdering, type WorkOrder } from './work-order';
import { WorkEntity } from './work.entity';

/** One keyset page of works matching a filter, in recording order unless asked otherwise: two statements. */
export function listWorks(db: DataSource, filter: WorkFilter | null, orderBy: WorkOrder | null, page: PageArgs) {
  const query = db.getRepository(WorkEntity).createQueryBuilder('work');
  if (filter?.kind) query.andWhere('work.kind = :kind', { kind: filter.kind });
  if (filter?.year != null) query.andWhere('work.year = :year', { year: filter.year });
  if (filter?.subtreeOf) {
    query.andWhere(`work.org_unit_id IN ${unitsInSubtree('subtreeOf')}`, { subtreeOf: parseId(filter.subtreeOf, 'org unit') });
  }
  whereNameMatches(query, 'campaigns', 'title', filter?.search);
  return paginate(query, workOrdering(orderBy), page);
}
