import { OrderDirection, OrderInput, orderingOf, type OrderableField, type Ordering } from '@civic/subgraph-kit';
import { ApplicationState } from './application-state.enum';
import type { DesignationApplicationEntity } from './designation-application.entity';

/** Applications without a decision (pending or withdrawn) sort as if decided on this day: last ascending, first descending. */
const UNDECIDED = '9999-12-31';

/** States in the order an application moves through them. */
const WORKFLOW: readonly ApplicationState[] = [
  ApplicationState.SUBMITTED,
  ApplicationState.UNDER_REVIEW,
  ApplicationState.GRANTED,
  ApplicationState.REJECTED,
  ApplicationState.WITHDRAWN,
];

/** Over the alias `application` (the root list and a unit's applications alike). */
export const DESIGNATION_APPLICATION_ORDER_FIELDS = {
  APPLIED_ON: {
    description: 'Day submitted, i.e. the order applications came in (申报日期).',
    expression: 'application.applied_on',
    value: (row) => row.appliedOn,
  },
  DECIDED_ON: {
    description: 'Day granted or rejected; pending and withdrawn ones count as latest (审定日期).',
    expression: `coalesce(application.decided_on, '${UNDECIDED}'::date)`,
    value: (row) => row.decidedOn ?? UNDECIDED,
  },
  STATE: {
    description: 'State, in workflow order: submitted, under review, granted, rejected, withdrawn (申报状态).',
    expression: `array_position(ARRAY[${WORKFLOW.map((state) => `'${state}'`).join(', ')}]::text[], application.state)`,
    value: (row) => WORKFLOW.indexOf(row.state) + 1,
  },
  KIND: {
    description: 'Kind of designation applied for, in code order (称号类别).',
    expression: 'application.kind',
    value: (row) => row.kind,
  },
  ID: { description: 'Id, i.e. the order applications were recorded in (编号).', expression: 'application.id', value: (row) => row.id },
} satisfies Record<string, OrderableField<DesignationApplicationEntity>>;

export const DesignationApplicationOrder = OrderInput(
  'DesignationApplication',
  'designation applications (称号申报)',
  DESIGNATION_APPLICATION_ORDER_FIELDS,
  'the order submitted, oldest first',
);
export type DesignationApplicationOrder = InstanceType<typeof DesignationApplicationOrder>;

/** The page order of a list of applications: the asked field, then the id; by day submitted when none is asked. */
export function designationApplicationOrdering(
  orderBy: DesignationApplicationOrder | null | undefined,
): Ordering<DesignationApplicationEntity> {
  return orderingOf(DESIGNATION_APPLICATION_ORDER_FIELDS, DESIGNATION_APPLICATION_ORDER_FIELDS.ID, orderBy, {
    field: 'APPLIED_ON',
    direction: OrderDirection.ASC,
  });
}
