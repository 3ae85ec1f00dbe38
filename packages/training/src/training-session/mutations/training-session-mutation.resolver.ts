import { INPUT_ARG } from '@civic/subgraph-kit';
import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { TrainingContext } from '../../loaders';
import { TrainingSession } from '../training-session.type';
import { AddTrainingSessionInput } from './add-training-session.input';
import { addTrainingSession } from './add-training-session';
import { CancelTrainingSessionInput } from './cancel-training-session.input';
import { cancelTrainingSession } from './cancel-training-session';
import { UpdateTrainingSessionInput } from './update-training-session.input';
import { updateTrainingSession } from './update-training-session';

const sessionArg = { description: 'The session (培训日程).' };

@Resolver(() => TrainingSession)
export class TrainingSessionMutationResolver {
  @Mutation(() => TrainingSession, {
    description:
      "Adds a session to a program's agenda (新增培训日程), inside the program's dates. ADMIN anywhere; ORG_ADMIN when the organiser is inside its subtree (training:write).",
  })
  addTrainingSession(@Arg('input', () => AddTrainingSessionInput, INPUT_ARG) input: AddTrainingSessionInput, @Ctx() ctx: TrainingContext) {
    return addTrainingSession(ctx, input);
  }

  @Mutation(() => TrainingSession, {
    description:
      'Corrects a session of an agenda, on the version read (修改培训日程). Same rules and rights as adding one (training:write).',
  })
  updateTrainingSession(
    @Arg('id', () => ID, sessionArg) id: string,
    @Arg('input', () => UpdateTrainingSessionInput, INPUT_ARG) input: UpdateTrainingSessionInput,
    @Ctx() ctx: TrainingContext,
  ) {
    return updateTrainingSession(ctx, id, input);
  }

  @Mutation(() => TrainingSession, {
    description:
      'Cancels a session with a reason (取消培训日程): it stays on the agenda for history and takes no attendance (training:write).',
  })
  cancelTrainingSession(
    @Arg('id', () => ID, sessionArg) id: string,
    @Arg('input', () => CancelTrainingSessionInput, INPUT_ARG) input: CancelTrainingSessionInput,
    @Ctx() ctx: TrainingContext,
  ) {
    return cancelTrainingSession(ctx, id, input);
  }
}
