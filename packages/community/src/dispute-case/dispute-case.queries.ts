import type { DataSource } from 'typeorm';
import { paginate, type AccessControl, type PageArgs } from '@civic/subgraph-kit';
import { assertMayReadGridWork } from '../shared/read-access';
import { whereUnitAndPeriod } from '../shared/unit-filter';
import type { DisputeCaseFilter } from './dispute-case-filter.input';
import { DisputeCaseEntity } from './dispute-case.entity';
import { disputeCaseOrdering, type DisputeCaseOrder } from './dispute-case-order.input';

export function listDisputeCases(
  db: DataSource,
  access: AccessControl,
  filter: DisputeCaseFilter | null | undefined,
  orderBy: DisputeCaseOrder | null,
  page: PageArgs,
) {
  assertMayReadGridWork(access);
  const query = whereUnitAndPeriod(db.getRepository(DisputeCaseEntity).createQueryBuilder('dispute'), 'dispute', 'found_on', filter);
  if (filter?.state) query.andWhere('dispute.state = :state', { state: filter.state });
  if (filter?.category) query.andWhere('dispute.category = :category', { category: filter.category });
  if (filter?.source) query.andWhere('dispute.source = :source', { source: filter.source });
  return paginate(query, disputeCaseOrdering(orderBy), page);
}
