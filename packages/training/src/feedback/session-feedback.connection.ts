import { ConnectionType } from '@civic/subgraph-kit';
import { SessionFeedback } from './session-feedback.type';

export const SessionFeedbackConnection = ConnectionType(SessionFeedback, 'SessionFeedback', 'session feedback (培训评价)');
