import { Arg, Args, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { badUserInput, forbidden } from '@civic/runtime';
import { PeriodArgs, StatsScope, tryParseId, type Period } from '@civic/subgraph-kit';
import { leaderboard } from '../leaderboard/leaderboard';
import { VolunteerRanking } from '../leaderboard/leaderboard-entry.type';
import type { VolunteersContext } from '../loaders';
import { VolunteerTeam } from '../team/volunteer-team.type';
import type { VolunteerEntity } from '../volunteer/volunteer.entity';
import { MonthlyServiceHours } from './monthly-hours.type';
import { OrgUnitStub } from './org-unit.stub';
import { VolunteerStats } from './volunteer-stats.type';

/** The volunteer fields this subgraph adds to OrgUnit. */
@Resolver(() => OrgUnitStub)
export class OrgUnitVolunteersResolver {
  @FieldResolver(() => VolunteerStats, {
    description: 'Volunteers, teams and hours of this unit or its subtree, now or for a period from/to (志愿服务统计).',
  })
  volunteerStats(
    @Root() unit: OrgUnitStub,
    @Arg('scope', () => StatsScope, { nullable: true, description: 'SELF or SUBTREE (default SUBTREE) (统计范围).' })
    scope: StatsScope | null,
    @Args() period: PeriodArgs,
    @Ctx() ctx: VolunteersContext,
  ) {
    return ctx.loaders.volunteerStats.load({
      unitId: unit.id,
      scope: scope ?? StatsScope.SUBTREE,
      period: { from: period.from, to: period.to },
    });
  }

  @FieldResolver(() => [MonthlyServiceHours], {
    description:
      'Approved service hours month by month, of the volunteers registered here or in the subtree, for a year or a period from/to; every month of it, zeros included (月度服务时长).',
  })
  serviceHoursByMonth(
    @Root() unit: OrgUnitStub,
    @Arg('year', () => Int, { nullable: true, description: 'A calendar year, e.g. 2021; or give from/to instead (年份).' })
    year: number | null,
    @Arg('scope', () => StatsScope, { nullable: true, description: 'SELF or SUBTREE (default SUBTREE) (统计范围).' })
    scope: StatsScope | null,
    @Args() period: PeriodArgs,
    @Ctx() ctx: VolunteersContext,
  ) {
    return ctx.loaders.monthlyHours.load({ unitId: unit.id, scope: scope ?? StatsScope.SUBTREE, period: yearOrPeriod(year, period) });
  }

  @FieldResolver(() => [VolunteerTeam], { description: 'Volunteer service teams based at this unit (本阵地志愿服务队).' })
  volunteerTeams(@Root() unit: OrgUnitStub, @Ctx() ctx: VolunteersContext) {
    const id = tryParseId(unit.id);
    return id === null ? [] : ctx.loaders.teamsByUnit.load(id);
  }

  @FieldResolver(() => [VolunteerRanking], {
    nullable: true,
    description:
      'Top volunteers by approved hours among those registered here (or in the subtree), optionally within a period (志愿者服务时长排行). Needs a staff token.',
  })
  async topVolunteers(
    @Root() unit: OrgUnitStub,
    @Arg('scope', () => StatsScope, { nullable: true, description: 'SELF or SUBTREE (default SUBTREE) (统计范围).' })
    scope: StatsScope | null,
    @Arg('from', () => Date, { nullable: true, description: 'Only service starting at or after this instant (起始时间).' })
    from: Date | null,
    @Arg('to', () => Date, { nullable: true, description: 'Only service starting before this instant (截止时间).' }) to: Date | null,
    @Arg('first', () => Int, { nullable: true, description: 'How many, 1–100 (default 10) (名次数).' }) first: number | null,
    @Ctx() ctx: VolunteersContext,
  ): Promise<{ rank: number; hours: number; volunteer: VolunteerEntity }[]> {
    ctx.access.requireSignedIn('volunteer rankings');
    if (ctx.access.identity.role === 'VOLUNTEER') throw forbidden('volunteer rankings are for staff');
    const unitId = tryParseId(unit.id);
    if (unitId === null) return [];
    const ranked = await leaderboard(ctx.db, { unitId, subtree: scope !== StatsScope.SELF, from, to, first: first ?? 10 });
    const people = await ctx.loaders.volunteerById.loadMany(ranked.map((r) => String(r.volunteerId)));
    return ranked.map((r, i) => ({ rank: r.rank, hours: r.hours, volunteer: people[i] as VolunteerEntity }));
  }
}

/** `year` is shorthand for its whole period; giving both is ambiguous. */
function yearOrPeriod(year: number | null | undefined, period: Period): Period {
  if (year === null || year === undefined) return { from: period.from, to: period.to };
  if (period.from || period.to) throw badUserInput('give either year or from/to, not both', { argument: 'year' });
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw badUserInput('year must be between 2000 and 2100', { argument: 'year' });
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}
