import { INPUT_ARG } from '@civic/subgraph-kit';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { VolunteersContext } from '../../loaders';
import { Volunteer } from '../volunteer.type';
import { RegisterVolunteerInput } from './register-volunteer.input';
import { registerVolunteer } from './register-volunteer';

@Resolver(() => Volunteer)
export class VolunteerRegistrationResolver {
  @Mutation(() => Volunteer, {
    description: 'Registers a volunteer at an org unit (志愿者注册). ADMIN anywhere; ORG_ADMIN and OPERATOR inside their subtree.',
  })
  registerVolunteer(@Arg('input', () => RegisterVolunteerInput, INPUT_ARG) input: RegisterVolunteerInput, @Ctx() ctx: VolunteersContext) {
    return registerVolunteer(ctx, input);
  }
}
