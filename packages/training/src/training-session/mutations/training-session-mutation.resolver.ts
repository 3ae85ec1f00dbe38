import { INPUT_ARG } from '@civic/subgraph-kit';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { TrainingContext } from '../../loaders';
import { TrainingSession } from '../training-session.type';
import { AddTrainingSessionInput } from './add-training-session.input';
import { addTrainingSession } from './add-training-session';

@Resolver(() => TrainingSession)
export class TrainingSessionMutationResolver {
  @Mutation(() => TrainingSession, {
    description:
      "Adds a session to a program's agenda (新增培训日程), inside the program's dates. ADMIN anywhere; ORG_ADMIN when the organiser is inside its subtree (training:write).",
  })
  addTrainingSession(@Arg('input', () => AddTrainingSessionInput, INPUT_ARG) input: AddTrainingSessionInput, @Ctx() ctx: TrainingContext) {
    return addTrainingSession(ctx, input);
  }
}
