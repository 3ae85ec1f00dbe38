import type { DataSource } from 'typeorm';
import { paginate, parseId, type AccessControl, type PageArgs } from '@civic/subgraph-kit';
import { assertMayReadGridWork } from '../shared/read-access';
import { newestFirst } from '../shared/newest-first';
import { whereUnitAndPeriod } from '../shared/unit-filter';
import type { AssistanceFilter } from './assistance-filter.input';
import { AssistanceEntity } from './assistance.entity';

export const ASSISTANCE_ORDER = newestFirst<AssistanceEntity>('assistance', 'given_on', (row) => row.givenOn);

export function listAssistances(db: DataSource, access: AccessControl, filter: AssistanceFilter | null | undefined, page: PageArgs) {
  assertMayReadGridWork(access);
  const query = whereUnitAndPeriod(db.getRepository(AssistanceEntity).createQueryBuilder('assistance'), 'assistance', 'given_on', filter);
  if (filter?.kind) query.andWhere('assistance.kind = :kind', { kind: filter.kind });
  if (filter?.householdId) query.andWhere('assistance.household_id = :household', { household: parseId(filter.householdId, 'household') });
  return paginate(query, ASSISTANCE_ORDER, page);
}
