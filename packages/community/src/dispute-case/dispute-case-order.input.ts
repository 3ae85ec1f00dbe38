import { OrderDirection, OrderInput, orderingOf, type OrderableField, type Ordering } from '@civic/subgraph-kit';
import { DisputeState } from './dispute-state.enum';
import type { DisputeCaseEntity } from './dispute-case.entity';

/** The states in the order a case moves through them (FOUND → MEDIATING → RESOLVED or ESCALATED). */
const STATE_ORDER = [DisputeState.FOUND, DisputeState.MEDIATING, DisputeState.RESOLVED, DisputeState.ESCALATED];
/** An open case sorts as if closed on this day: first ascending, last descending. */
const NOT_CLOSED = '0001-01-01';

/** Over the alias `dispute`. The parties are personal data and not sortable. */
export const DISPUTE_CASE_ORDER_FIELDS = {
  FOUND_ON: { description: 'Day the dispute was found (发现日期).', expression: 'dispute.found_on', value: (row) => row.foundOn },
  CLOSED_ON: {
    description: 'Day resolved or escalated; an open case counts as earliest (办结日期).',
    expression: `coalesce(dispute.closed_on, '${NOT_CLOSED}'::date)`,
    value: (row) => row.closedOn ?? NOT_CLOSED,
  },
  STATE: {
    description: 'Where the case stands, in the order of the flow: found, mediating, resolved, escalated (办理状态).',
    expression: `array_position(ARRAY[${STATE_ORDER.map((state) => `'${state}'`).join(', ')}]::text[], dispute.state)`,
    value: (row) => STATE_ORDER.indexOf(row.state) + 1,
  },
  CATEGORY: { description: 'Kind of dispute, in code order (纠纷类别).', expression: 'dispute.category', value: (row) => row.category },
  ID: { description: 'Id, in the order cases were registered (编号).', expression: 'dispute.id', value: (row) => row.id },
} satisfies Record<string, OrderableField<DisputeCaseEntity>>;

export const DisputeCaseOrder = OrderInput('DisputeCase', 'dispute cases (矛盾纠纷)', DISPUTE_CASE_ORDER_FIELDS, 'latest found first');
export type DisputeCaseOrder = InstanceType<typeof DisputeCaseOrder>;

export function disputeCaseOrdering(orderBy: DisputeCaseOrder | null | undefined): Ordering<DisputeCaseEntity> {
  return orderingOf(DISPUTE_CASE_ORDER_FIELDS, DISPUTE_CASE_ORDER_FIELDS.ID, orderBy, {
    field: 'FOUND_ON',
    direction: OrderDirection.DESC,
  });
}
