import { badUserInput, conflict, notFound } from '@civic/runtime';
import { chinaDate, lockForEdit, parseId } from '@civic/subgraph-kit';
import type { CampaignsContext } from '../../loaders';
import { PlannedActivityStatus } from '../planned-activity-status.enum';
import { PlannedActivityEntity } from '../planned-activity.entity';
import { calendarDayForEdit } from './calendar-day-mutations';
import type { PlanActivityInput } from './plan-activity.input';
import type { CancelPlannedActivityInput, MarkActivityHeldInput } from './settle-activity.input';

/** Plans an activity against a themed day (calendar:write on the calendar's unit and on the host). */
export async function planActivity(ctx: CampaignsContext, input: PlanActivityInput): Promise<PlannedActivityEntity> {
  const day = await calendarDayForEdit(ctx, input.calendarDayId);
  const [year, month, dayOfMonth] = input.plannedOn.split('-').map(Number);
  if (month !== day.month || dayOfMonth !== day.day || (day.year !== null && year !== day.year)) {
    throw badUserInput(
      `plannedOn ${input.plannedOn} does not fall on the themed day ${day.year ? `${day.year}-` : ''}${day.month}-${day.day} (${day.theme})`,
      { argument: 'input.plannedOn' },
    );
  }
  const hostUnitId = parseId(input.hostUnitId, 'org unit');
  await ctx.access.requireWrite('calendar:write', hostUnitId);
  return ctx.db.transaction(async (manager) => {
    const activities = manager.getRepository(PlannedActivityEntity);
    const activity = await activities.save(
      activities.create({
        calendarDayId: day.id,
        plannedOn: input.plannedOn,
        hostUnitId,
        title: input.title.trim(),
        status: PlannedActivityStatus.PLANNED,
        eventId: null,
        cancelReason: null,
      }),
    );
    await ctx.audit.record(manager, 'planActivity', 'PlannedActivity', [activity.id]);
    return activity;
  });
}

async function activityForEdit(ctx: CampaignsContext, id: string): Promise<PlannedActivityEntity> {
  ctx.access.requirePermission('calendar:write');
  const activityId = parseId(id, 'planned activity');
  const activity = await ctx.loaders.plannedActivityById.load(String(activityId));
  if (!activity) throw notFound('planned activity', activityId);
  await calendarDayForEdit(ctx, String(activity.calendarDayId));
  return activity;
}

/** PLANNED → HELD, linked to the recorded event held on the planned day; an event already linked elsewhere is CONFLICT. */
export async function markActivityHeld(ctx: CampaignsContext, input: MarkActivityHeldInput): Promise<PlannedActivityEntity> {
  const current = await activityForEdit(ctx, input.id);
  const eventId = parseId(input.eventId, 'campaign event');
  const event = await ctx.loaders.campaignEventById.load(String(eventId));
  if (!event) throw notFound('campaign event', eventId);
  if (event.voidedAt !== null) throw badUserInput(`campaign event ${eventId} is voided`, { argument: 'input.eventId' });
  if (chinaDate(event.heldAt) !== current.plannedOn) {
    throw badUserInput(`campaign event ${eventId} was held on ${chinaDate(event.heldAt)}, not on the planned ${current.plannedOn}`, {
      argument: 'input.eventId',
    });
  }
  try {
    return await ctx.db.transaction(async (manager) => {
      const before = await lockForEdit(manager, PlannedActivityEntity, current.id, input.expectedVersion, 'planned activity');
      if (before.status !== PlannedActivityStatus.PLANNED) throw conflict(`planned activity ${before.id} is already ${before.status}`);
      const saved = await manager.getRepository(PlannedActivityEntity).save({ ...before, status: PlannedActivityStatus.HELD, eventId });
      await ctx.audit.record(manager, 'markActivityHeld', 'PlannedActivity', [before.id], {
        changes: { status: { from: before.status, to: saved.status }, eventId: { from: null, to: eventId } },
      });
      return saved;
    });
  } catch (error) {
    if ((error as { code?: string }).code === '23505') throw conflict(`campaign event ${eventId} is already linked to a planned activity`);
    throw error;
  }
}

/** PLANNED → CANCELLED, with a reason. */
export async function cancelPlannedActivity(ctx: CampaignsContext, input: CancelPlannedActivityInput): Promise<PlannedActivityEntity> {
  const current = await activityForEdit(ctx, input.id);
  const reason = input.reason.trim();
  return ctx.db.transaction(async (manager) => {
    const before = await lockForEdit(manager, PlannedActivityEntity, current.id, input.expectedVersion, 'planned activity');
    if (before.status !== PlannedActivityStatus.PLANNED) throw conflict(`planned activity ${before.id} is already ${before.status}`);
    const saved = await manager
      .getRepository(PlannedActivityEntity)
      .save({ ...before, status: PlannedActivityStatus.CANCELLED, cancelReason: reason });
    await ctx.audit.record(manager, 'cancelPlannedActivity', 'PlannedActivity', [before.id], {
      reason,
      changes: { status: { from: before.status, to: saved.status } },
    });
    return saved;
  });
}
