import { OrderDirection, OrderInput, orderingOf, type OrderableField, type Ordering } from '@civic/subgraph-kit';
import type { AssistanceEntity } from './assistance.entity';

/** Over the alias `assistance` (the root list and a household's help alike). */
export const ASSISTANCE_ORDER_FIELDS = {
  GIVEN_ON: { description: 'Day the help was given (帮扶日期).', expression: 'assistance.given_on', value: (row) => row.givenOn },
  KIND: { description: 'Kind of help, in code order (帮扶类别).', expression: 'assistance.kind', value: (row) => row.kind },
  GIVEN_BY: {
    description: 'Who gave it: a team, office or the station, in plain text order (帮扶责任人/单位).',
    expression: 'assistance.given_by',
    value: (row) => row.givenBy,
  },
  ID: { description: 'Id, in the order help was recorded (编号).', expression: 'assistance.id', value: (row) => row.id },
} satisfies Record<string, OrderableField<AssistanceEntity>>;

export const AssistanceOrder = OrderInput('Assistance', 'assistance given (帮扶记录)', ASSISTANCE_ORDER_FIELDS, 'latest given first');
export type AssistanceOrder = InstanceType<typeof AssistanceOrder>;

export function assistanceOrdering(orderBy: AssistanceOrder | null | undefined): Ordering<AssistanceEntity> {
  return orderingOf(ASSISTANCE_ORDER_FIELDS, ASSISTANCE_ORDER_FIELDS.ID, orderBy, { field: 'GIVEN_ON', direction: OrderDirection.DESC });
}
