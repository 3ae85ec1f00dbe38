import { badUserInput, conflict, notFound } from '@civic/runtime';
import { changedFields, lockForEdit, parseId } from '@civic/subgraph-kit';
import type { EntityManager } from 'typeorm';
import type { CampaignsContext } from '../../loaders';
import { CalendarDayEntity } from '../calendar-day.entity';
import type { AddCalendarDayInput } from './add-calendar-day.input';
import type { UpdateCalendarDayInput } from './update-calendar-day.input';

/** The themed day an edit is aimed at, once the caller may write the calendar of its owning unit. */
export async function calendarDayForEdit(ctx: CampaignsContext, id: string): Promise<CalendarDayEntity> {
  ctx.access.requirePermission('calendar:write');
  const dayId = parseId(id, 'calendar day');
  const day = await ctx.loaders.calendarDayById.load(String(dayId));
  if (!day) throw notFound('calendar day', dayId);
  await ctx.access.requireWrite('calendar:write', day.ownerUnitId);
  return day;
}

/** Adds a themed day to a unit's calendar (calendar:write on the unit); the same theme on the same day twice is CONFLICT. */
export async function addCalendarDay(ctx: CampaignsContext, input: AddCalendarDayInput): Promise<CalendarDayEntity> {
  const ownerUnitId = parseId(input.unitId, 'org unit');
  const year = input.year ?? null;
  // Every-year days may fall on 2-29 (kept in leap years); a day of one year must exist in that year.
  const probe = new Date(Date.UTC(year ?? 2024, input.month - 1, input.day));
  if (probe.getUTCMonth() !== input.month - 1) {
    throw badUserInput(`${input.month}-${input.day} is not a day${year ? ` of ${year}` : ''}`, { argument: 'input.day' });
  }
  const departments = unitIds(input.responsibleUnitIds);
  await ctx.access.requireWrite('calendar:write', ownerUnitId);
  const theme = input.theme.trim();
  try {
    return await ctx.db.transaction(async (manager) => {
      const days = manager.getRepository(CalendarDayEntity);
      const day = await days.save(
        days.create({ ownerUnitId, month: input.month, day: input.day, year, theme, description: input.description?.trim() || null }),
      );
      await replaceDepartments(manager, day.id, departments);
      await ctx.audit.record(manager, 'addCalendarDay', 'CalendarDay', [day.id]);
      return day;
    });
  } catch (error) {
    if ((error as { code?: string }).code === '23505') throw conflict(`the calendar already has ${theme} on ${input.month}-${input.day}`);
    throw error;
  }
}

/** Changes a themed day's theme, description or departments on the version read. */
export async function updateCalendarDay(ctx: CampaignsContext, input: UpdateCalendarDayInput): Promise<CalendarDayEntity> {
  const { id } = await calendarDayForEdit(ctx, input.id);
  const given: Partial<CalendarDayEntity> = {};
  if (input.theme != null) given.theme = input.theme.trim();
  if (input.description !== undefined) given.description = input.description?.trim() || null;
  const departments = input.responsibleUnitIds == null ? null : unitIds(input.responsibleUnitIds);
  try {
    return await ctx.db.transaction(async (manager) => {
      const before = await lockForEdit(manager, CalendarDayEntity, id, input.expectedVersion, 'calendar day');
      const saved = await manager.getRepository(CalendarDayEntity).save({ ...before, ...given });
      const changes = changedFields(before, saved, ['theme', 'description']);
      if (departments) {
        const replaced = await replaceDepartments(manager, id, departments);
        if (replaced) changes.responsibleUnitIds = replaced;
      }
      await ctx.audit.record(manager, 'updateCalendarDay', 'CalendarDay', [id], { changes });
      return saved;
    });
  } catch (error) {
    if ((error as { code?: string }).code === '23505') throw conflict(`the calendar already has that theme on that day`);
    throw error;
  }
}

function unitIds(ids: readonly string[] | null | undefined): number[] {
  return [...new Set((ids ?? []).map((id) => parseId(id, 'org unit')))].sort((a, b) => a - b);
}

/** Replaces a day's departments; their ids before and after when they changed, else null. */
async function replaceDepartments(manager: EntityManager, dayId: number, after: number[]) {
  const rows: { ids: number[] }[] = await manager.query(
    `SELECT coalesce(array_agg(org_unit_id ORDER BY org_unit_id), '{}') AS ids FROM campaigns.calendar_day_department WHERE day_id = $1`,
    [dayId],
  );
  const before = rows[0].ids;
  if (JSON.stringify(before) === JSON.stringify(after)) return null;
  await manager.query(`DELETE FROM campaigns.calendar_day_department WHERE day_id = $1`, [dayId]);
  await manager.query(`INSERT INTO campaigns.calendar_day_department (day_id, org_unit_id) SELECT $1, unnest($2::int[])`, [dayId, after]);
  return { from: before, to: after };
}
