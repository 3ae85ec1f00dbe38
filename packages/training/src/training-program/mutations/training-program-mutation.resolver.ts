import { INPUT_ARG } from '@civic/subgraph-kit';
import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { TrainingContext } from '../../loaders';
import { TrainingProgram } from '../training-program.type';
import { CancelTrainingProgramInput } from './cancel-training-program.input';
import { cancelTrainingProgram } from './cancel-training-program';
import { CreateTrainingProgramInput } from './create-training-program.input';
import { createTrainingProgram } from './create-training-program';
import { UpdateTrainingProgramInput } from './update-training-program.input';
import { updateTrainingProgram } from './update-training-program';

const programArg = { description: 'The training program (培训项目).' };

@Resolver(() => TrainingProgram)
export class TrainingProgramMutationResolver {
  @Mutation(() => TrainingProgram, {
    description: 'Creates a training program (新建培训项目). ADMIN anywhere; ORG_ADMIN for organisers inside its subtree.',
  })
  createTrainingProgram(
    @Arg('input', () => CreateTrainingProgramInput, INPUT_ARG) input: CreateTrainingProgramInput,
    @Ctx() ctx: TrainingContext,
  ) {
    return createTrainingProgram(ctx, input);
  }

  @Mutation(() => TrainingProgram, {
    description:
      "Changes a program's title, days, audience, place or capacity, on the version read (修改培训项目). ADMIN anywhere; ORG_ADMIN for organisers inside its subtree.",
  })
  updateTrainingProgram(
    @Arg('id', () => ID, programArg) id: string,
    @Arg('input', () => UpdateTrainingProgramInput, INPUT_ARG) input: UpdateTrainingProgramInput,
    @Ctx() ctx: TrainingContext,
  ) {
    return updateTrainingProgram(ctx, id, input);
  }

  @Mutation(() => TrainingProgram, {
    description:
      'Cancels a program with a reason (取消培训项目): it stays listed for history, takes no enrollments or sessions, and leaves statistics by default.',
  })
  cancelTrainingProgram(
    @Arg('id', () => ID, programArg) id: string,
    @Arg('input', () => CancelTrainingProgramInput, INPUT_ARG) input: CancelTrainingProgramInput,
    @Ctx() ctx: TrainingContext,
  ) {
    return cancelTrainingProgram(ctx, id, input);
  }
}
