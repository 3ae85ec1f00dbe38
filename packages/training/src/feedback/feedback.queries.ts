import type { DataSource } from 'typeorm';
import { paginate, type PageArgs } from '@civic/subgraph-kit';
import { SessionFeedbackEntity } from './session-feedback.entity';
import { sessionFeedbackOrdering, type SessionFeedbackOrder } from './session-feedback-order.input';

/** One keyset page of a session's feedback in the asked order (oldest first by default), with the total. */
export function listSessionFeedback(db: DataSource, sessionId: number, orderBy: SessionFeedbackOrder | null, page: PageArgs) {
  const query = db
    .getRepository(SessionFeedbackEntity)
    .createQueryBuilder('feedback')
    .where('feedback.session_id = :sessionId', { sessionId });
  return paginate(query, sessionFeedbackOrdering(orderBy), page);
}
