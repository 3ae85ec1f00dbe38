import { INPUT_ARG } from '@civic/subgraph-kit';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { TrainingContext } from '../../loaders';
import { Enrollment } from '../enrollment.type';
import { EnrollInput } from './enroll.input';
import { enroll } from './enroll';

@Resolver(() => Enrollment)
export class EnrollmentMutationResolver {
  @Mutation(() => Enrollment, {
    description:
      'Enrolls a participant in a training program (报名). A VOLUNTEER signs itself up; ADMIN, ORG_ADMIN and OPERATOR enroll people of their subtree.',
  })
  enroll(@Arg('input', () => EnrollInput, INPUT_ARG) input: EnrollInput, @Ctx() ctx: TrainingContext) {
    return enroll(ctx, input);
  }
}
