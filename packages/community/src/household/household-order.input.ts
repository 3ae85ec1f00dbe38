import { OrderDirection, OrderInput, orderingOf, type OrderableField, type Ordering } from '@civic/subgraph-kit';
import type { HouseholdEntity } from './household.entity';

/** Over the alias `household`. Personal fields (the head's name, the address) are not sortable: the order would reveal them. */
export const HOUSEHOLD_ORDER_FIELDS = {
  REGISTERED_ON: {
    description: 'Day put on the register (登记日期).',
    expression: 'household.registered_on',
    value: (row) => row.registeredOn,
  },
  MEMBER_COUNT: {
    description: 'People in the household; unknown counts as 0 (家庭人口).',
    expression: 'coalesce(household.member_count, 0)',
    value: (row) => row.memberCount ?? 0,
  },
  CATEGORY_COUNT: {
    description: 'How many kinds of difficulty it has; 0 for a household not in difficulty (困难类别数).',
    expression: 'cardinality(household.categories)',
    value: (row) => row.categories.length,
  },
  ID: {
    description: 'Id, in the order households were registered in the system (编号).',
    expression: 'household.id',
    value: (row) => row.id,
  },
} satisfies Record<string, OrderableField<HouseholdEntity>>;

export const HouseholdOrder = OrderInput('Household', 'households (住户)', HOUSEHOLD_ORDER_FIELDS, 'latest registered first');
export type HouseholdOrder = InstanceType<typeof HouseholdOrder>;

export function householdOrdering(orderBy: HouseholdOrder | null | undefined): Ordering<HouseholdEntity> {
  return orderingOf(HOUSEHOLD_ORDER_FIELDS, HOUSEHOLD_ORDER_FIELDS.ID, orderBy, { field: 'REGISTERED_ON', direction: OrderDirection.DESC });
}
