import { INPUT_ARG } from '@civic/subgraph-kit';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { Enrollment } from '../enrollment/enrollment.type';
import type { TrainingContext } from '../loaders';
import { CompleteEnrollmentInput } from './complete-enrollment.input';
import { completeEnrollment } from './complete-enrollment';

@Resolver()
export class CompletionMutationResolver {
  @Mutation(() => Enrollment, {
    description:
      'Records that a participant who attended completed the program, with a certificate number (结业). ADMIN anywhere; ORG_ADMIN when the organiser is inside its subtree (training:write).',
  })
  completeEnrollment(@Arg('input', () => CompleteEnrollmentInput, INPUT_ARG) input: CompleteEnrollmentInput, @Ctx() ctx: TrainingContext) {
    return completeEnrollment(ctx, input);
  }
}
