import { conflict } from '@civic/runtime';
import type { TrainingSessionEntity } from './training-session.entity';

/** A cancelled session is history: it takes no edits and no attendance. CONFLICT otherwise. */
export function refuseCancelledSession(session: Pick<TrainingSessionEntity, 'id' | 'cancelledAt'>): void {
  if (session.cancelledAt) {
    throw conflict(`training session ${session.id} was cancelled on ${session.cancelledAt.toISOString()}; it takes no changes`);
  }
}
