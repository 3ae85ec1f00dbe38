import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { INPUT_ARG } from '@civic/subgraph-kit';
import type { VolunteersContext } from '../../loaders';
import { Volunteer } from '../volunteer.type';
import { deregisterVolunteer } from './deregister-volunteer';
import { DeregisterVolunteerInput, ReactivateVolunteerInput } from './deregistration.inputs';
import { reactivateVolunteer } from './reactivate-volunteer';
import { UpdateVolunteerInput } from './update-volunteer.input';
import { updateVolunteer } from './update-volunteer';

@Resolver(() => Volunteer)
export class VolunteerMutationResolver {
  @Mutation(() => Volunteer, {
    description:
      "Changes a volunteer's contact, skills, kinds or political status on the version read (修改志愿者信息). Staff of the home unit's subtree; the volunteer itself for phone, skills and political status. A stale expectedVersion is a CONFLICT.",
  })
  updateVolunteer(@Arg('input', () => UpdateVolunteerInput, INPUT_ARG) input: UpdateVolunteerInput, @Ctx() ctx: VolunteersContext) {
    return updateVolunteer(ctx, input);
  }

  @Mutation(() => Volunteer, {
    description:
      'Deregisters a volunteer with a reason (志愿者注销): kept with its history, memberships end, left out of rosters and counts. Staff of the home unit’s subtree.',
  })
  deregisterVolunteer(
    @Arg('input', () => DeregisterVolunteerInput, INPUT_ARG) input: DeregisterVolunteerInput,
    @Ctx() ctx: VolunteersContext,
  ) {
    return deregisterVolunteer(ctx, input);
  }

  @Mutation(() => Volunteer, {
    description: 'Puts a deregistered volunteer back on the register (恢复注册). Staff of the home unit’s subtree.',
  })
  reactivateVolunteer(
    @Arg('input', () => ReactivateVolunteerInput, INPUT_ARG) input: ReactivateVolunteerInput,
    @Ctx() ctx: VolunteersContext,
  ) {
    return reactivateVolunteer(ctx, input);
  }
}
