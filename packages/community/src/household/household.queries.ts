import type { DataSource } from 'typeorm';
import { paginate, type AccessControl, type PageArgs } from '@civic/subgraph-kit';
import { assertMayReadGridWork } from '../shared/read-access';
import { whereUnitAndPeriod } from '../shared/unit-filter';
import type { HouseholdFilter } from './household-filter.input';
import { HouseholdEntity } from './household.entity';
import { householdOrdering, type HouseholdOrder } from './household-order.input';

export function listHouseholds(
  db: DataSource,
  access: AccessControl,
  filter: HouseholdFilter | null | undefined,
  orderBy: HouseholdOrder | null,
  page: PageArgs,
) {
  assertMayReadGridWork(access);
  const query = whereUnitAndPeriod(db.getRepository(HouseholdEntity).createQueryBuilder('household'), 'household', 'registered_on', filter);
  if (filter?.category) query.andWhere(':category = ANY(household.categories)', { category: filter.category });
  if (filter?.inDifficulty === true) query.andWhere('cardinality(household.categories) > 0');
  if (filter?.inDifficulty === false) query.andWhere('cardinality(household.categories) = 0');
  return paginate(query, householdOrdering(orderBy), page);
}
