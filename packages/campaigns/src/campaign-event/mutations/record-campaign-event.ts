import { badUserInput, notFound } from '@civic/runtime';
import { parseId } from '@civic/subgraph-kit';
import type { CampaignsContext } from '../../loaders';
import { CampaignEventEntity } from '../campaign-event.entity';
import { assertInsideCampaignPeriod } from './event-period';
import { assertUsableAction, assertUsableBrand } from './event-references';
import type { RecordCampaignEventInput } from './record-campaign-event.input';

/**
 * Records an event: checked first (input, then the recorder's right on the host unit, then the
 * campaign's period and the referenced group, action and brand), then the event, its volunteers
 * and the audit entry in one transaction.
 */
export async function recordCampaignEvent(ctx: CampaignsContext, input: RecordCampaignEventInput): Promise<CampaignEventEntity> {
  const fields = checkInput(input);
  await ctx.access.requireWrite('event:record', fields.hostUnitId);
  await checkReferences(ctx, fields, input.heldAt);

  const { volunteerIds, ...columns } = fields;
  return ctx.db.transaction(async (manager) => {
    const events = manager.getRepository(CampaignEventEntity);
    const event = await events.save(events.create({ ...columns, heldAt: input.heldAt, format: input.format, venueType: input.venueType }));
    if (volunteerIds.length > 0) {
      await manager.query(`INSERT INTO campaigns.event_volunteer (event_id, volunteer_id) SELECT $1, unnest($2::int[])`, [
        event.id,
        volunteerIds,
      ]);
    }
    await ctx.audit.record(manager, 'recordCampaignEvent', 'CampaignEvent', [event.id]);
    return event;
  });
}

type CheckedFields = ReturnType<typeof checkInput>;

function checkInput(input: RecordCampaignEventInput) {
  const title = input.title.trim();
  const place = input.place?.trim() || null;
  const summary = input.summary?.trim() || null;
  const volunteerIds = [...new Set((input.volunteerIds ?? []).map((id) => parseId(id, 'volunteer')))];
  return {
    campaignId: parseId(input.campaignId, 'campaign'),
    hostUnitId: parseId(input.hostId, 'org unit'),
    lectureGroupId: input.lectureGroupId ? parseId(input.lectureGroupId, 'lecture group') : null,
    actionId: input.actionId ? parseId(input.actionId, 'campaign action') : null,
    workBrandId: input.workBrandId ? parseId(input.workBrandId, 'work brand') : null,
    venueId: input.venueId ? parseId(input.venueId, 'venue') : null,
    title,
    audienceCount: input.audienceCount,
    place,
    summary,
    volunteerIds,
  };
}

async function checkReferences(ctx: CampaignsContext, fields: CheckedFields, heldAt: Date): Promise<void> {
  const { loaders } = ctx;
  const [campaign, group, action, brand] = await Promise.all([
    loaders.campaignById.load(String(fields.campaignId)),
    fields.lectureGroupId === null ? null : loaders.lectureGroupById.load(String(fields.lectureGroupId)),
    fields.actionId === null ? null : loaders.actionById.load(String(fields.actionId)),
    fields.workBrandId === null ? null : loaders.workBrandById.load(String(fields.workBrandId)),
  ]);
  if (!campaign) throw notFound('campaign', fields.campaignId);
  if (campaign.closedAt !== null) {
    throw badUserInput(`campaign ${campaign.id} is closed and takes no new events: reopen it first`, { argument: 'input.campaignId' });
  }
  assertInsideCampaignPeriod(campaign, heldAt);
  if (fields.lectureGroupId !== null && !group) throw notFound('lecture group', fields.lectureGroupId);
  if (fields.workBrandId !== null) assertUsableBrand(brand ?? null, fields.workBrandId);
  if (fields.actionId !== null) assertUsableAction(action ?? null, fields.actionId, campaign.id);
}
