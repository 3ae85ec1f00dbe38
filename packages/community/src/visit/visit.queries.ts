import type { DataSource } from 'typeorm';
import { paginate, parseId, type AccessControl, type PageArgs } from '@civic/subgraph-kit';
import { assertMayReadGridWork } from '../shared/read-access';
import { whereUnitAndPeriod } from '../shared/unit-filter';
import type { VisitFilter } from './visit-filter.input';
import { VisitEntity } from './visit.entity';
import { visitOrdering, type VisitOrder } from './visit-order.input';

export function listVisits(
  db: DataSource,
  access: AccessControl,
  filter: VisitFilter | null | undefined,
  orderBy: VisitOrder | null,
  page: PageArgs,
) {
  assertMayReadGridWork(access);
  const query = whereUnitAndPeriod(db.getRepository(VisitEntity).createQueryBuilder('visit'), 'visit', 'visited_on', filter);
  if (filter?.visitorKind) query.andWhere('visit.visitor_kind = :kind', { kind: filter.visitorKind });
  if (filter?.householdId) query.andWhere('visit.household_id = :household', { household: parseId(filter.householdId, 'household') });
  return paginate(query, visitOrdering(orderBy), page);
}
