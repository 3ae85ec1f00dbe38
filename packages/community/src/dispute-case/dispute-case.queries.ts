import type { DataSource } from 'typeorm';
import { paginate, type AccessControl, type PageArgs } from '@civic/subgraph-kit';
import { assertMayReadGridWork } from '../shared/read-access';
import { newestFirst } from '../shared/newest-first';
import { whereUnitAndPeriod } from '../shared/unit-filter';
import type { DisputeCaseFilter } from './dispute-case-filter.input';
import { DisputeCaseEntity } from './dispute-case.entity';

export const DISPUTE_CASE_ORDER = newestFirst<DisputeCaseEntity>('dispute', 'found_on', (row) => row.foundOn);

export function listDisputeCases(db: DataSource, access: AccessControl, filter: DisputeCaseFilter | null | undefined, page: PageArgs) {
  assertMayReadGridWork(access);
  const query = whereUnitAndPeriod(db.getRepository(DisputeCaseEntity).createQueryBuilder('dispute'), 'dispute', 'found_on', filter);
  if (filter?.state) query.andWhere('dispute.state = :state', { state: filter.state });
  if (filter?.category) query.andWhere('dispute.category = :category', { category: filter.category });
  if (filter?.source) query.andWhere('dispute.source = :source', { source: filter.source });
  return paginate(query, DISPUTE_CASE_ORDER, page);
}
