import type { DataSource } from 'typeorm';
import { paginate, parseId, whereNameMatches, type PageArgs, type SortKey } from '@civic/subgraph-kit';
import { unitsInSubtree } from '@civic/org-tree';
import type { WorkFilter } from './dtos/work-filter.input';
import { WorkUseEntity } from './work-use.entity';
import { WorkEntity } from './work.entity';

const WORK_BY_ID: SortKey<WorkEntity>[] = [{ expression: 'work.id', value: (row) => row.id }];
const USE_BY_ID: SortKey<WorkUseEntity>[] = [{ expression: 'use.id', value: (row) => row.id }];

/** One keyset page of works matching a filter, in recording order: two statements. */
export function listWorks(db: DataSource, filter: WorkFilter | null, page: PageArgs) {
  const query = db.getRepository(WorkEntity).createQueryBuilder('work');
  if (filter?.kind) query.andWhere('work.kind = :kind', { kind: filter.kind });
  if (filter?.year != null) query.andWhere('work.year = :year', { year: filter.year });
  if (filter?.subtreeOf) {
    query.andWhere(`work.org_unit_id IN ${unitsInSubtree('subtreeOf')}`, { subtreeOf: parseId(filter.subtreeOf, 'org unit') });
  }
  whereNameMatches(query, 'campaigns', 'title', filter?.search);
  return paginate(query, WORK_BY_ID, page);
}

/** One keyset page of a work's uses, in recording order. */
export function listWorkUses(db: DataSource, workId: number, page: PageArgs) {
  const query = db.getRepository(WorkUseEntity).createQueryBuilder('use').where('use.work_id = :workId', { workId });
  return paginate(query, USE_BY_ID, page);
}
