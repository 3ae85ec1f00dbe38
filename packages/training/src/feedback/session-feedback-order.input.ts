import { OrderDirection, OrderInput, orderingOf, type OrderableField, type Ordering, millisecondsOf } from '@civic/subgraph-kit';
import type { SessionFeedbackEntity } from './session-feedback.entity';

export const SESSION_FEEDBACK_ORDER_FIELDS = {
  GIVEN_AT: {
    description: 'When it was given (评价时间).',
    expression: millisecondsOf('feedback.created_at'),
    value: (row) => row.createdAt.getTime(),
  },
  RATING: { description: 'Rating, 1 to 5 (评分).', expression: 'feedback.rating', value: (row) => row.rating },
  ID: { description: 'Id, in the order feedback was recorded (编号).', expression: 'feedback.id', value: (row) => row.id },
} satisfies Record<string, OrderableField<SessionFeedbackEntity>>;

export const SessionFeedbackOrder = OrderInput(
  'SessionFeedback',
  'session feedback (培训评价)',
  SESSION_FEEDBACK_ORDER_FIELDS,
  'oldest first',
);
export type SessionFeedbackOrder = InstanceType<typeof SessionFeedbackOrder>;

export function sessionFeedbackOrdering(orderBy: SessionFeedbackOrder | null | undefined): Ordering<SessionFeedbackEntity> {
  return orderingOf(SESSION_FEEDBACK_ORDER_FIELDS, SESSION_FEEDBACK_ORDER_FIELDS.ID, orderBy, {
    field: 'ID',
    direction: OrderDirection.ASC,
  });
}
