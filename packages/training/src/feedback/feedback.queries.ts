import type { DataSource } from 'typeorm';
import { paginate, type PageArgs, type SortKey } from '@civic/subgraph-kit';
import { SessionFeedbackEntity } from './session-feedback.entity';

const BY_ID: SortKey<SessionFeedbackEntity>[] = [{ expression: 'feedback.id', value: (row) => row.id }];

/** One keyset page of a session's feedback, oldest first, with the total. */
export function listSessionFeedback(db: DataSource, sessionId: number, page: PageArgs) {
  const query = db
    .getRepository(SessionFeedbackEntity)
    .createQueryBuilder('feedback')
    .where('feedback.session_id = :sessionId', { sessionId });
  return paginate(query, BY_ID, page);
}
