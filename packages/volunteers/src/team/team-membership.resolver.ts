import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { VolunteersContext } from '../loaders';
import type { TeamMembershipEntity } from './team-membership.entity';
import { TeamMembership, VolunteerTeam } from './volunteer-team.type';

@Resolver(() => TeamMembership)
export class TeamMembershipResolver {
  @FieldResolver(() => VolunteerTeam, { description: 'The team (服务队).' })
  team(@Root() membership: TeamMembershipEntity, @Ctx() ctx: VolunteersContext) {
    return ctx.loaders.teamById.load(String(membership.teamId));
  }
}
