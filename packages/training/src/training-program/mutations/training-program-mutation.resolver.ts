import { INPUT_ARG } from '@civic/subgraph-kit';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { TrainingContext } from '../../loaders';
import { TrainingProgram } from '../training-program.type';
import { CreateTrainingProgramInput } from './create-training-program.input';
import { createTrainingProgram } from './create-training-program';

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
}
