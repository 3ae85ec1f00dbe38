import type { EntityManager } from 'typeorm';
import { badUserInput, notFound } from '@civic/runtime';
import { changedFields, parseId, type SubgraphContext } from '@civic/subgraph-kit';
import { ServiceRecordStatus } from '../service-record-status.enum';
import { ServiceRecordEntity } from '../service-record.entity';
import type { CorrectServiceRecordInput } from './correct-service-record.input';
import { adjustTotal, authorizeRecordEdit, lockRecordForEdit } from './editable-record';
import { assertNoOverlap, serviceHours } from './service-hours';

const CORRECTABLE = ['startedAt', 'endedAt', 'hours', 'description', 'teamId', 'activityId'] as const;

/**
 * Corrects a recorded service (更正) on the version the editor read, with a reason: its times (the
 * no-overlap rule applies, the record itself aside), hours, content, team or activity. An approved
 * record's change in hours moves the volunteer's total in the same transaction; the audit entry
 * keeps every changed field before and after, and the reason.
 */
export async function correctServiceRecord(ctx: SubgraphContext, input: CorrectServiceRecordInput): Promise<ServiceRecordEntity> {
  const id = parseId(input.id, 'service record');
  const teamId = changedId(input.teamId, 'volunteer team');
  const activityId = changedId(input.activityId, 'activity');
  const volunteerId = await authorizeRecordEdit(ctx, id);
  return ctx.db.transaction(async (manager) => {
    const record = await lockRecordForEdit(manager, volunteerId, id, input.expectedVersion);
    const before = { ...record };
    const startedAt = input.startedAt ?? record.startedAt;
    const endedAt = input.endedAt ?? record.endedAt;
    const timesChanged = startedAt.getTime() !== record.startedAt.getTime() || endedAt.getTime() !== record.endedAt.getTime();
    if (timesChanged) {
      if (endedAt <= startedAt) throw badUserInput('endedAt must be after startedAt', { argument: 'input.endedAt' });
      await assertNoOverlap(manager, record.volunteerId, startedAt, endedAt, id);
    }
    const hours = input.hours ?? (timesChanged ? serviceHours(startedAt, endedAt) : record.hours);
    if (hours > serviceHours(startedAt, endedAt))
      throw badUserInput('hours must not exceed the time between startedAt and endedAt', { argument: 'input.hours' });
    if (teamId) await assertExists(manager, 'volunteer_team', teamId, 'volunteer team');
    if (activityId) await assertExists(manager, 'activity', activityId, 'activity');

    Object.assign(record, { startedAt, endedAt, hours: Math.round(hours * 100) / 100 });
    if (input.description !== undefined) record.description = input.description?.trim() || null;
    if (teamId !== undefined) record.teamId = teamId;
    if (activityId !== undefined) record.activityId = activityId;
    const saved = await manager.getRepository(ServiceRecordEntity).save(record);
    if (saved.status === ServiceRecordStatus.APPROVED) await adjustTotal(manager, saved.volunteerId, saved.hours - before.hours);
    await ctx.audit.record(manager, 'correctServiceRecord', 'ServiceRecord', [id], {
      reason: input.reason.trim(),
      changes: changedFields(before, saved, CORRECTABLE),
    });
    return saved;
  });
}

async function assertExists(manager: EntityManager, table: 'volunteer_team' | 'activity', id: number, what: string): Promise<void> {
  const found: unknown[] = await manager.query(`SELECT 1 FROM volunteers.${table} WHERE id = $1`, [id]);
  if (found.length === 0) throw notFound(what, id);
}

/** An optional reference of a correction: omitted (undefined) keeps it, null clears it. */
function changedId(value: string | null | undefined, what: string): number | null | undefined {
  return value === undefined || value === null ? value : parseId(value, what);
}
