import type { DataSource } from 'typeorm';
import { paginate, parseId, type AccessControl, type PageArgs } from '@civic/subgraph-kit';
import { assertMayReadGridWork } from '../shared/read-access';
import { whereUnitAndPeriod } from '../shared/unit-filter';
import type { AssistanceFilter } from './assistance-filter.input';
import { AssistanceEntity } from './assistance.entity';
import { assistanceOrdering, type AssistanceOrder } from './assistance-order.input';

export function listAssistances(
  db: DataSource,
  access: AccessControl,
  filter: AssistanceFilter | null | undefined,
  orderBy: AssistanceOrder | null,
  page: PageArgs,
) {
  assertMayReadGridWork(access);
  const query = whereUnitAndPeriod(db.getRepository(AssistanceEntity).createQueryBuilder('assistance'), 'assistance', 'given_on', filter);
  if (filter?.kind) query.andWhere('assistance.kind = :kind', { kind: filter.kind });
  if (filter?.householdId) query.andWhere('assistance.household_id = :household', { household: parseId(filter.householdId, 'household') });
  return paginate(query, assistanceOrdering(orderBy), page);
}
