import { INPUT_ARG } from '@civic/subgraph-kit';
import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { VolunteersContext } from '../../loaders';
import { VolunteerTeam } from '../volunteer-team.type';
import { CreateVolunteerTeamInput } from './create-team.input';
import { dissolveVolunteerTeam } from './dissolve-team';
import { renameVolunteerTeam } from './rename-team';
import { setTeamLeader } from './set-team-leader';
import { DissolveVolunteerTeamInput, RenameVolunteerTeamInput, SetTeamLeaderInput } from './team-edit.inputs';
import { createVolunteerTeam, joinTeam, leaveTeam } from './team-mutations';

const volunteerArg = { description: 'The volunteer (志愿者).' };
const teamArg = { description: 'The team (服务队).' };

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

  @Mutation(() => VolunteerTeam, { description: 'Renames a team on the version read (服务队更名). Staff of the team’s subtree.' })
  renameVolunteerTeam(
    @Arg('input', () => RenameVolunteerTeamInput, INPUT_ARG) input: RenameVolunteerTeamInput,
    @Ctx() ctx: VolunteersContext,
  ) {
    return renameVolunteerTeam(ctx, input);
  }

  @Mutation(() => VolunteerTeam, {
    description: 'Sets, changes or clears the leader, who must be a current member (设置队长). Staff of the team’s subtree.',
  })
  setTeamLeader(@Arg('input', () => SetTeamLeaderInput, INPUT_ARG) input: SetTeamLeaderInput, @Ctx() ctx: VolunteersContext) {
    return setTeamLeader(ctx, input);
  }

  @Mutation(() => VolunteerTeam, {
    description: 'Dissolves a team (解散服务队): kept with its history and hours, memberships end. Staff of the team’s subtree.',
  })
  dissolveVolunteerTeam(
    @Arg('input', () => DissolveVolunteerTeamInput, INPUT_ARG) input: DissolveVolunteerTeamInput,
    @Ctx() ctx: VolunteersContext,
  ) {
    return dissolveVolunteerTeam(ctx, input);
  }
}
