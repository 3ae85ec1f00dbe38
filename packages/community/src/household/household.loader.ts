import { In, type DataSource } from 'typeorm';
import { childPagesLoader, idLoader } from '@civic/subgraph-kit';
import { AssistanceEntity } from '../assistance/assistance.entity';
import { assistanceOrdering } from '../assistance/assistance-order.input';
import { VisitEntity } from '../visit/visit.entity';
import { visitOrdering } from '../visit/visit-order.input';
import { HouseholdEntity } from './household.entity';

export function createHouseholdLoaders(db: DataSource) {
  return {
    householdById: idLoader((ids) => db.getRepository(HouseholdEntity).findBy({ id: In(ids) })),
    /** Pages of many households' visits, in the asked order, in one statement per page shape. */
    visitsOfHousehold: childPagesLoader<VisitEntity>(db, {
      from: (households) => `community.visit visit WHERE visit.household_id = ANY(${households})`,
      parentId: 'visit.household_id',
      childId: 'visit.id',
      sortKeys: visitOrdering(null).keys,
      load: (ids) => db.getRepository(VisitEntity).findBy({ id: In(ids) }),
    }),
    assistancesOfHousehold: childPagesLoader<AssistanceEntity>(db, {
      from: (households) => `community.assistance assistance WHERE assistance.household_id = ANY(${households})`,
      parentId: 'assistance.household_id',
      childId: 'assistance.id',
      sortKeys: assistanceOrdering(null).keys,
      load: (ids) => db.getRepository(AssistanceEntity).findBy({ id: In(ids) }),
    }),
  };
}
