import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { TrainingContext } from '../loaders';
import { TrainingSession } from '../training-session/training-session.type';
import type { SessionFeedbackEntity } from './session-feedback.entity';
import { SessionFeedback } from './session-feedback.type';

@Resolver(() => SessionFeedback)
export class SessionFeedbackResolver {
  @FieldResolver(() => TrainingSession, { description: 'The session rated (所评日程).' })
  async session(@Root() feedback: SessionFeedbackEntity, @Ctx() ctx: TrainingContext) {
    return ctx.loaders.sessionById.load(String(feedback.sessionId));
  }
}
