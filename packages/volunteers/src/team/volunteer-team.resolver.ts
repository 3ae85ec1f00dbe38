import { Arg, Args, Ctx, FieldResolver, Float, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { PageArgsType, parseId } from '@civic/subgraph-kit';
import { BrandProject } from '../brand-project/brand-project.type';
import type { VolunteersContext } from '../loaders';
import { OrgUnitStub } from '../org-unit/org-unit.stub';
import { assertMayListVolunteers } from '../volunteer/volunteer-access';
import { VolunteerOrder, volunteerOrdering } from '../volunteer/volunteer-order';
import { VolunteerConnection } from '../volunteer/volunteer.connection';
import { Volunteer } from '../volunteer/volunteer.type';
import { listTeams } from './team.queries';
import { VolunteerTeamFilter } from './volunteer-team-filter.input';
import { VolunteerTeamOrder } from './volunteer-team-order';
import { VolunteerTeamConnection } from './volunteer-team.connection';
import type { VolunteerTeamEntity } from './volunteer-team.entity';
import { VolunteerTeam } from './volunteer-team.type';

@Resolver(() => VolunteerTeam)
export class VolunteerTeamResolver {
  @Query(() => VolunteerTeam, { nullable: true, description: 'One team by id (按编号查询志愿服务队).' })
  volunteerTeam(@Arg('id', () => ID, { description: 'Team id (编号).' }) id: string, @Ctx() ctx: VolunteersContext) {
    return ctx.loaders.teamById.load(String(parseId(id, 'volunteer team')));
  }

  @Query(() => VolunteerTeamConnection, { description: 'Teams matching a filter, paginated (志愿服务队列表).' })
  volunteerTeams(
    @Arg('filter', () => VolunteerTeamFilter, { nullable: true, description: 'Conditions; omit for all active teams (筛选条件).' })
    filter: VolunteerTeamFilter | null,
    @Arg('orderBy', () => VolunteerTeamOrder, { nullable: true, description: 'How to sort; omit for id ascending (排序).' })
    orderBy: VolunteerTeamOrder | null,
    @Args() page: PageArgsType,
    @Ctx() ctx: VolunteersContext,
  ) {
    return listTeams(ctx.db, filter, orderBy, page);
  }

  @Query(() => [String], { description: 'The configured team themes, e.g. 党员, 移风易俗 (服务主题).' })
  async teamThemes(@Ctx() ctx: VolunteersContext): Promise<string[]> {
    const rows: { name: string }[] = await ctx.db.query(`SELECT name FROM volunteers.team_theme ORDER BY name`);
    return rows.map((r) => r.name);
  }

  @FieldResolver(() => OrgUnitStub, { description: 'The unit the team is based at (所属阵地).' })
  orgUnit(@Root() team: VolunteerTeamEntity): OrgUnitStub {
    return { id: String(team.orgUnitId) };
  }

  @FieldResolver(() => Int, { description: 'Current members (队员人数).' })
  async memberCount(@Root() team: VolunteerTeamEntity, @Ctx() ctx: VolunteersContext) {
    return (await ctx.loaders.teamFigures.load(team.id)).memberCount;
  }

  @FieldResolver(() => Float, { description: 'Approved hours served for this team (服务时长).' })
  async totalServiceHours(@Root() team: VolunteerTeamEntity, @Ctx() ctx: VolunteersContext) {
    return (await ctx.loaders.teamFigures.load(team.id)).totalServiceHours;
  }

  @FieldResolver(() => VolunteerConnection, { description: 'Current members, paginated (队员). Personal data: needs a staff token.' })
  members(
    @Root() team: VolunteerTeamEntity,
    @Arg('orderBy', () => VolunteerOrder, { nullable: true, description: 'How to sort; omit for id ascending (排序).' })
    orderBy: VolunteerOrder | null,
    @Args() page: PageArgsType,
    @Ctx() ctx: VolunteersContext,
  ) {
    assertMayListVolunteers(ctx.access);
    return ctx.loaders.memberPages.load({ parentId: team.id, page, filter: null, ordering: volunteerOrdering(orderBy) });
  }

  @FieldResolver(() => Volunteer, { nullable: true, description: 'The team leader (队长). Personal data: needs a staff token.' })
  leader(@Root() team: VolunteerTeamEntity, @Ctx() ctx: VolunteersContext) {
    if (!team.leaderVolunteerId) return null;
    assertMayListVolunteers(ctx.access);
    return ctx.loaders.volunteerById.load(String(team.leaderVolunteerId));
  }

  @FieldResolver(() => BrandProject, { nullable: true, description: 'The brand project the team belongs to (所属精品项目).' })
  brandProject(@Root() team: VolunteerTeamEntity, @Ctx() ctx: VolunteersContext) {
    return team.brandProjectId ? ctx.loaders.brandProjectById.load(String(team.brandProjectId)) : null;
  }
}
