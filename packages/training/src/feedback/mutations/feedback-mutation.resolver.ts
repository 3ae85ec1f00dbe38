import { INPUT_ARG } from '@civic/subgraph-kit';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { TrainingContext } from '../../loaders';
import { SessionFeedback } from '../session-feedback.type';
import { GiveSessionFeedbackInput } from './give-session-feedback.input';
import { giveSessionFeedback } from './give-session-feedback';

@Resolver(() => SessionFeedback)
export class FeedbackMutationResolver {
  @Mutation(() => SessionFeedback, {
    description:
      "Rates a session, once per attendee (培训评价). A VOLUNTEER rates sessions it was present at; the organiser's staff (training:write) record an attendee's rating.",
  })
  giveSessionFeedback(
    @Arg('input', () => GiveSessionFeedbackInput, INPUT_ARG) input: GiveSessionFeedbackInput,
    @Ctx() ctx: TrainingContext,
  ) {
    return giveSessionFeedback(ctx, input);
  }
}
