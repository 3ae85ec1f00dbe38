import { badUserInput, conflict, notFound } from '@civic/runtime';
import { changedFields, lockForEdit, parseId } from '@civic/subgraph-kit';
import type { EntityManager } from 'typeorm';
import type { CampaignsContext } from '../../loaders';
import { CampaignEventEntity } from '../campaign-event.entity';
import type { CorrectCampaignEventInput } from './correct-campaign-event.input';
import { eventForEdit } from './event-for-edit';
import { assertInsideCampaignPeriod } from './event-period';
import { assertUsableAction, assertUsableBrand } from './event-references';

const CORRECTABLE = [
  'title',
  'heldAt',
  'format',
  'venueType',
  'hostUnitId',
  'audienceCount',
  'place',
  'summary',
  'lectureGroupId',
  'actionId',
  'workBrandId',
  'venueId',
] as const;

type Correction = Partial<Pick<CampaignEventEntity, (typeof CORRECTABLE)[number]>>;

/**
 * Corrects recorded fields of an event, with a reason, on the version read. The roll-up triggers
 * move its count and audience when the host or audience changes; the audit entry keeps the values
 * before and after and the reason. Allowed on a closed campaign's events too: figures stay true.
 */
export async function correctCampaignEvent(ctx: CampaignsContext, input: CorrectCampaignEventInput): Promise<CampaignEventEntity> {
  const current = await eventForEdit(ctx, input.id);
  const correction = correctionOf(input);
  const volunteerIds = input.volunteerIds == null ? null : [...new Set(input.volunteerIds.map((id) => parseId(id, 'volunteer')))];
  if (Object.keys(correction).length === 0 && volunteerIds === null) {
    throw badUserInput('name at least one field to correct', { argument: 'input' });
  }
  if (correction.hostUnitId !== undefined) await ctx.access.requireWrite('event:record', correction.hostUnitId);
  await checkReferences(ctx, current.campaignId, correction);

  return ctx.db.transaction(async (manager) => {
    const before = await lockForEdit(manager, CampaignEventEntity, current.id, input.expectedVersion, 'campaign event');
    if (before.voidedAt !== null) throw conflict(`campaign event ${before.id} is voided and can no longer be corrected`);
    const saved = await manager.getRepository(CampaignEventEntity).save({ ...before, ...correction });
    const changes = changedFields(before, saved, CORRECTABLE);
    if (volunteerIds !== null) {
      const replaced = await replaceVolunteers(manager, saved.id, volunteerIds);
      if (replaced) changes.volunteerIds = replaced;
    }
    await ctx.audit.record(manager, 'correctCampaignEvent', 'CampaignEvent', [saved.id], { reason: input.reason.trim(), changes });
    return saved;
  });
}

function correctionOf(input: CorrectCampaignEventInput): Correction {
  const given: Correction = {};
  if (input.title != null) given.title = input.title.trim();
  if (input.heldAt != null) given.heldAt = input.heldAt;
  if (input.format != null) given.format = input.format;
  if (input.venueType != null) given.venueType = input.venueType;
  if (input.hostId != null) given.hostUnitId = parseId(input.hostId, 'org unit');
  if (input.audienceCount != null) given.audienceCount = input.audienceCount;
  if (input.place !== undefined) given.place = input.place?.trim() || null;
  if (input.summary !== undefined) given.summary = input.summary?.trim() || null;
  if (input.lectureGroupId !== undefined)
    given.lectureGroupId = input.lectureGroupId ? parseId(input.lectureGroupId, 'lecture group') : null;
  if (input.actionId !== undefined) given.actionId = input.actionId ? parseId(input.actionId, 'campaign action') : null;
  if (input.workBrandId !== undefined) given.workBrandId = input.workBrandId ? parseId(input.workBrandId, 'work brand') : null;
  if (input.venueId !== undefined) given.venueId = input.venueId ? parseId(input.venueId, 'venue') : null;
  return given;
}

async function checkReferences(ctx: CampaignsContext, campaignId: number, correction: Correction): Promise<void> {
  const { loaders } = ctx;
  const { heldAt, lectureGroupId, actionId, workBrandId } = correction;
  const [campaign, group, action, brand] = await Promise.all([
    heldAt === undefined ? null : loaders.campaignById.load(String(campaignId)),
    lectureGroupId == null ? null : loaders.lectureGroupById.load(String(lectureGroupId)),
    actionId == null ? null : loaders.actionById.load(String(actionId)),
    workBrandId == null ? null : loaders.workBrandById.load(String(workBrandId)),
  ]);
  if (heldAt !== undefined && campaign) assertInsideCampaignPeriod(campaign, heldAt);
  if (lectureGroupId != null && !group) throw notFound('lecture group', lectureGroupId);
  if (actionId != null) assertUsableAction(action ?? null, actionId, campaignId);
  if (workBrandId != null) assertUsableBrand(brand ?? null, workBrandId);
}

/** Replaces the event's volunteers; their ids before and after when they changed, else null. */
async function replaceVolunteers(manager: EntityManager, eventId: number, volunteerIds: number[]) {
  const rows: { ids: number[] }[] = await manager.query(
    `SELECT coalesce(array_agg(volunteer_id ORDER BY volunteer_id), '{}') AS ids FROM campaigns.event_volunteer WHERE event_id = $1`,
    [eventId],
  );
  const before = rows[0].ids;
  const after = [...volunteerIds].sort((a, b) => a - b);
  if (JSON.stringify(before) === JSON.stringify(after)) return null;
  await manager.query(`DELETE FROM campaigns.event_volunteer WHERE event_id = $1`, [eventId]);
  await manager.query(`INSERT INTO campaigns.event_volunteer (event_id, volunteer_id) SELECT $1, unnest($2::int[])`, [eventId, after]);
  return { from: before, to: after };
}
