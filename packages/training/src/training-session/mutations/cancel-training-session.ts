import { lockForEdit, parseId, type SubgraphContext } from '@civic/subgraph-kit';
import { refuseCancelledSession } from '../refuse-cancelled-session';
import { sessionForWrite } from '../session-for-write';
import { TrainingSessionEntity } from '../training-session.entity';
import type { CancelTrainingSessionInput } from './cancel-training-session.input';

/**
 * Cancels a session (取消): it stays on the agenda with when and why, takes no attendance any more,
 * and attendance or feedback already recorded for it stays as it was.
 */
export async function cancelTrainingSession(
  ctx: SubgraphContext,
  id: string,
  input: CancelTrainingSessionInput,
): Promise<TrainingSessionEntity> {
  const sessionId = parseId(id, 'training session');
  const reason = input.reason.trim();
  await sessionForWrite(ctx, sessionId);
  return ctx.db.transaction(async (manager) => {
    const sessions = manager.getRepository(TrainingSessionEntity);
    const session = await lockForEdit(manager, TrainingSessionEntity, sessionId, input.expectedVersion, 'training session');
    refuseCancelledSession(session);
    await sessions.update({ id: sessionId }, { cancelledAt: () => 'now()', cancellationReason: reason });
    await ctx.audit.record(manager, 'cancelTrainingSession', 'TrainingSession', [sessionId], { reason });
    return sessions.findOneByOrFail({ id: sessionId });
  });
}
