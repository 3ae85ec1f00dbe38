import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { CampaignsContext } from '../../loaders';
import { CalendarDay } from '../calendar-day.type';
import { PlannedActivity } from '../planned-activity.type';
import { AddCalendarDayInput } from './add-calendar-day.input';
import { addCalendarDay, updateCalendarDay } from './calendar-day-mutations';
import { PlanActivityInput } from './plan-activity.input';
import { cancelPlannedActivity, markActivityHeld, planActivity } from './planned-activity-mutations';
import { CancelPlannedActivityInput, MarkActivityHeldInput } from './settle-activity.input';
import { UpdateCalendarDayInput } from './update-calendar-day.input';

const WHO = 'ADMIN anywhere; ORG_ADMIN and PROPAGANDA for calendars of units inside their subtree (permission calendar:write). Audited.';

@Resolver(() => CalendarDay)
export class CalendarMutationResolver {
  @Mutation(() => CalendarDay, {
    description: `Adds a themed day to a unit's activity calendar (新增主题日). ${WHO} CONFLICT when that day already has that theme.`,
  })
  addCalendarDay(
    @Arg('input', () => AddCalendarDayInput, { description: 'The themed day (主题日).' }) input: AddCalendarDayInput,
    @Ctx() ctx: CampaignsContext,
  ) {
    return addCalendarDay(ctx, input);
  }

  @Mutation(() => CalendarDay, {
    description: `Changes a themed day (修改主题日). ${WHO} CONFLICT (nothing changed) on a stale expectedVersion.`,
  })
  updateCalendarDay(
    @Arg('input', () => UpdateCalendarDayInput, { description: 'The changes (修改内容).' }) input: UpdateCalendarDayInput,
    @Ctx() ctx: CampaignsContext,
  ) {
    return updateCalendarDay(ctx, input);
  }

  @Mutation(() => PlannedActivity, {
    description: `Plans an activity against a themed day (计划活动); also needs the right at the host. ${WHO} BAD_USER_INPUT when the date is not the themed day.`,
  })
  planActivity(
    @Arg('input', () => PlanActivityInput, { description: 'The activity (计划活动).' }) input: PlanActivityInput,
    @Ctx() ctx: CampaignsContext,
  ) {
    return planActivity(ctx, input);
  }

  @Mutation(() => PlannedActivity, {
    description: `Marks a planned activity HELD, linked to the event recorded for it on the planned day (标记已举办). ${WHO} CONFLICT when it is not PLANNED or the event is linked already.`,
  })
  markActivityHeld(
    @Arg('input', () => MarkActivityHeldInput, { description: 'The activity and its event (活动及场次).' }) input: MarkActivityHeldInput,
    @Ctx() ctx: CampaignsContext,
  ) {
    return markActivityHeld(ctx, input);
  }

  @Mutation(() => PlannedActivity, {
    description: `Cancels a planned activity, with a reason (取消计划活动). ${WHO} CONFLICT when it is not PLANNED.`,
  })
  cancelPlannedActivity(
    @Arg('input', () => CancelPlannedActivityInput, { description: 'The activity and why (活动及原因).' })
    input: CancelPlannedActivityInput,
    @Ctx() ctx: CampaignsContext,
  ) {
    return cancelPlannedActivity(ctx, input);
  }
}
