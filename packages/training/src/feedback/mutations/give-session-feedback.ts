import { conflict, notFound } from '@civic/runtime';
import { parseId, type SubgraphContext } from '@civic/subgraph-kit';
import { optionalText } from '../../shared/optional-text';
import { TrainingSessionEntity } from '../../training-session/training-session.entity';
import { SessionFeedbackEntity } from '../session-feedback.entity';
import type { GiveSessionFeedbackInput } from './give-session-feedback.input';
import { feedbackAuthor } from './feedback-author';

/** Stores one attendee's rating of a session; a second one from the same attendee is CONFLICT. */
export async function giveSessionFeedback(ctx: SubgraphContext, input: GiveSessionFeedbackInput): Promise<SessionFeedbackEntity> {
  const comment = optionalText(input.comment);
  const sessionId = parseId(input.sessionId, 'training session');
  ctx.access.requireSignedIn('feedback');
  const session = await ctx.db.getRepository(TrainingSessionEntity).findOneBy({ id: sessionId });
  if (!session) throw notFound('training session', sessionId);
  const enrollmentId = await feedbackAuthor(ctx, session, input.enrollmentId);

  try {
    return await ctx.db.transaction(async (manager) => {
      const feedback = manager.getRepository(SessionFeedbackEntity);
      const saved = await feedback.save(feedback.create({ sessionId, enrollmentId, rating: input.rating, comment }));
      await ctx.audit.record(manager, 'giveSessionFeedback', 'SessionFeedback', [saved.id]);
      return feedback.findOneByOrFail({ id: saved.id });
    });
  } catch (err) {
    if ((err as { code?: string }).code !== '23505') throw err;
    throw conflict(`enrollment ${enrollmentId} has already rated training session ${sessionId}`);
  }
}
