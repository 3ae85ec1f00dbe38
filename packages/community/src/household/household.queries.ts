import type { DataSource } from 'typeorm';
import { paginate, type AccessControl, type PageArgs } from '@civic/subgraph-kit';
import { assertMayReadGridWork } from '../shared/read-access';
import { newestFirst } from '../shared/newest-first';
import { whereUnitAndPeriod } from '../shared/unit-filter';
import type { HouseholdFilter } from './household-filter.input';
import { HouseholdEntity } from './household.entity';

export const HOUSEHOLD_ORDER = newestFirst<HouseholdEntity>('household', 'registered_on', (row) => row.registeredOn);

export function listHouseholds(db: DataSource, access: AccessControl, filter: HouseholdFilter | null | undefined, page: PageArgs) {
  assertMayReadGridWork(access);
  const query = whereUnitAndPeriod(db.getRepository(HouseholdEntity).createQueryBuilder('household'), 'household', 'registered_on', filter);
  if (filter?.category) query.andWhere(':category = ANY(household.categories)', { category: filter.category });
  if (filter?.inDifficulty === true) query.andWhere('cardinality(household.categories) > 0');
  if (filter?.inDifficulty === false) query.andWhere('cardinality(household.categories) = 0');
  return paginate(query, HOUSEHOLD_ORDER, page);
}
