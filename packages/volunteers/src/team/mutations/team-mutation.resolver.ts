import { INPUT_ARG } from '@civic/subgraph-kit';
import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { VolunteersContext } from '../../loaders';
import { VolunteerTeam } from '../volunteer-team.type';
import { CreateVolunteerTeamInput } from './create-team.input';
import { createVolunteerTeam, joinTeam, leaveTeam } from './team-mutations';

const volunteerArg = { description: 'The volunteer.' };
const teamArg = { description: 'The team.' };

@Resolver(() => VolunteerTeam)
export class TeamMutationResolver {
  @Mutation(() => VolunteerTeam, {
    description: 'Forms a team at a unit (组建志愿服务队). ADMIN; ORG_ADMIN and OPERATOR inside their subtree.',
  })
  createVolunteerTeam(
    @Arg('input', () => CreateVolunteerTeamInput, INPUT_ARG) input: CreateVolunteerTeamInput,
    @Ctx() ctx: VolunteersContext,
  ) {
    return createVolunteerTeam(ctx, input);
  }

  @Mutation(() => VolunteerTeam, {
    description: "A volunteer joins a team (入队): the volunteer itself, or staff of the team's subtree. Twice is a CONFLICT.",
  })
  joinTeam(
    @Arg('volunteerId', () => ID, volunteerArg) volunteerId: string,
    @Arg('teamId', () => ID, teamArg) teamId: string,
    @Ctx() ctx: VolunteersContext,
  ) {
    return joinTeam(ctx, volunteerId, teamId);
  }

  @Mutation(() => VolunteerTeam, { description: 'A volunteer leaves a team (离队); the membership is kept with its leaving day.' })
  leaveTeam(
    @Arg('volunteerId', () => ID, volunteerArg) volunteerId: string,
    @Arg('teamId', () => ID, teamArg) teamId: string,
    @Ctx() ctx: VolunteersContext,
  ) {
    return leaveTeam(ctx, volunteerId, teamId);
  }
}
