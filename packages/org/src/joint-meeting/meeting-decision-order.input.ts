import { OrderDirection, OrderInput, orderingOf, type OrderableField, type Ordering } from '@civic/subgraph-kit';
import { DecisionState } from './decision-state.enum';
import type { MeetingDecisionEntity } from './meeting-decision.entity';

/** Decisions not yet done sort as if done on this day: last ascending, first descending. */
const NOT_DONE = '9999-12-31';

/** States in the order a decision moves through them. */
const PROGRESS: readonly DecisionState[] = [DecisionState.OPEN, DecisionState.IN_PROGRESS, DecisionState.DONE];

/** Over the alias `decision`. */
export const MEETING_DECISION_ORDER_FIELDS = {
  DUE_ON: { description: 'Day it is due (办结时限).', expression: 'decision.due_on', value: (row) => row.dueOn },
  DONE_ON: {
    description: 'Day carried out; decisions not yet done count as latest (办结日期).',
    expression: `coalesce(decision.done_on, '${NOT_DONE}'::date)`,
    value: (row) => row.doneOn ?? NOT_DONE,
  },
  STATE: {
    description: 'Progress: open, in progress, then done (落实进度).',
    expression: `array_position(ARRAY[${PROGRESS.map((state) => `'${state}'`).join(', ')}]::text[], decision.state)`,
    value: (row) => PROGRESS.indexOf(row.state) + 1,
  },
  ID: { description: 'Id, i.e. the order decisions were recorded in (编号).', expression: 'decision.id', value: (row) => row.id },
} satisfies Record<string, OrderableField<MeetingDecisionEntity>>;

export const MeetingDecisionOrder = OrderInput(
  'MeetingDecision',
  'joint-meeting decisions (会议议定事项)',
  MEETING_DECISION_ORDER_FIELDS,
  'the due day, earliest first',
);
export type MeetingDecisionOrder = InstanceType<typeof MeetingDecisionOrder>;

/** The page order of a list of decisions: the asked field, then the id; by due day when none is asked. */
export function meetingDecisionOrdering(orderBy: MeetingDecisionOrder | null | undefined): Ordering<MeetingDecisionEntity> {
  return orderingOf(MEETING_DECISION_ORDER_FIELDS, MEETING_DECISION_ORDER_FIELDS.ID, orderBy, {
    field: 'DUE_ON',
    direction: OrderDirection.ASC,
  });
}
