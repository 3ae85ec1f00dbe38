import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { badUserInput, DateScalar } from '@civic/runtime';
import { PageArgsType, parseId } from '@civic/subgraph-kit';
import type { CampaignsContext } from '../loaders';
import { OrgUnitStub } from '../org-unit/org-unit.stub';
import { ActivityCalendar } from './activity-calendar.type';
import type { CalendarDayEntity } from './calendar-day.entity';
import { CalendarDay } from './calendar-day.type';
import { calendarDays, listPlannedActivities } from './calendar.queries';
import { PlannedActivityFilter } from './dtos/planned-activity-filter.input';
import { PlannedActivityConnection } from './planned-activity.connection';
import { PlannedActivityOrder } from './planned-activity-order';
import type { PlannedActivityEntity } from './planned-activity.entity';
import { PlannedActivity } from './planned-activity.type';

@Resolver(() => CalendarDay)
export class CalendarDayResolver {
  @Query(() => ActivityCalendar, {
    description: "A unit's activity calendar for a year (文明实践日历): its themed days with the activities planned and held against them.",
  })
  async activityCalendar(
    @Arg('unitId', () => ID, { description: 'The unit that owns the calendar, typically a center (所属中心).' }) unitId: string,
    @Arg('year', () => Int, { description: 'The year, 1949–2100 (年份).' }) year: number,
    @Ctx() ctx: CampaignsContext,
  ): Promise<ActivityCalendar> {
    const id = parseId(unitId, 'org unit');
    checkYear(year);
    return { unit: { id: String(id) }, year, days: await calendarDays(ctx.db, id, year) };
  }

  @Query(() => CalendarDay, { nullable: true, description: 'One themed day by id (按编号查询主题日).' })
  calendarDay(@Arg('id', () => ID, { description: 'Themed day id (编号).' }) id: string, @Ctx() ctx: CampaignsContext) {
    return ctx.loaders.calendarDayById.load(String(parseId(id, 'calendar day')));
  }

  @Query(() => PlannedActivityConnection, {
    description: 'Activities planned against themed days, by date unless orderBy says otherwise, paginated (计划活动列表).',
  })
  plannedActivities(
    @Arg('filter', () => PlannedActivityFilter, { nullable: true, description: 'Conditions; omit for all (筛选条件).' })
    filter: PlannedActivityFilter | null,
    @Arg('orderBy', () => PlannedActivityOrder, { nullable: true, description: 'Sort order; omit for by date, earliest first (排序).' })
    orderBy: PlannedActivityOrder | null,
    @Args() page: PageArgsType,
    @Ctx() ctx: CampaignsContext,
  ) {
    return listPlannedActivities(ctx.db, filter, orderBy, page);
  }

  @FieldResolver(() => DateScalar, {
    nullable: true,
    description:
      "The day's date, YYYY-MM-DD: in its own year, or in the year the calendar was read for; null otherwise and for 2-29 outside leap years (日期).",
  })
  date(@Root() day: CalendarDayEntity): string | null {
    const year = day.year ?? day.calendarYear;
    if (year === undefined) return null;
    const date = new Date(Date.UTC(year, day.month - 1, day.day));
    return date.getUTCMonth() === day.month - 1 ? date.toISOString().slice(0, 10) : null;
  }

  @FieldResolver(() => OrgUnitStub, { description: 'The unit whose calendar it is on, typically a center (所属中心).' })
  owner(@Root() day: CalendarDayEntity): OrgUnitStub {
    return { id: String(day.ownerUnitId) };
  }

  @FieldResolver(() => [OrgUnitStub], { description: 'Departments responsible, typically sub-centers (责任部门).' })
  async responsibleUnits(@Root() day: CalendarDayEntity, @Ctx() ctx: CampaignsContext): Promise<OrgUnitStub[]> {
    return (await ctx.loaders.dayDepartmentIds.load(day.id)).map((id) => ({ id: String(id) }));
  }

  @FieldResolver(() => [PlannedActivity], {
    description:
      'Activities planned against the day, by date: in the given year, else in the year the calendar was read for, else every year (计划与举办的活动).',
  })
  async activities(
    @Root() day: CalendarDayEntity,
    @Arg('year', () => Int, { nullable: true, description: 'Only this year (年份).' }) year: number | null,
    @Ctx() ctx: CampaignsContext,
  ): Promise<PlannedActivityEntity[]> {
    const only = year ?? day.calendarYear;
    const activities = await ctx.loaders.activitiesByDay.load(day.id);
    return only === undefined ? activities : activities.filter((a) => a.plannedOn.startsWith(`${only}-`));
  }
}

function checkYear(year: number): void {
  if (year < 1949 || year > 2100) throw badUserInput(`year ${year} is outside 1949–2100`, { argument: 'year' });
}
