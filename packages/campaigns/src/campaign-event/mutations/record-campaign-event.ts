import { badUserInput, notFound } from '@civic/runtime';
import { parseId } from '@civic/subgraph-kit';
import type { CampaignsContext } from '../../loaders';
import { CampaignEventEntity } from '../campaign-event.entity';
import { assertInsideCampaignPeriod } from './event-period';
import type { RecordCampaignEventInput } from './record-campaign-event.input';

const MAX_AUDIENCE = 1_000_000;
const MAX_VOLUNTEERS = 200;

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
      await manager.query(`INSERT INTO campaigns.event_volunteer (event_id, volunteer_id) SELECT $1, unnest($2::int[])`, [event.id, volunteerIds]);
    }
    await ctx.audit.record(manager, 'recordCampaignEvent', 'CampaignEvent', [event.id]);
    return event;
  });
}

type CheckedFields = ReturnType<typeof checkInput>;

function checkInput(input: RecordCampaignEventInput) {
  const title = input.title.trim();
  if (title.length === 0 || title.length > 200) throw badUserInput('title must be 1 to 200 characters', { argument: 'title' });
  if (!Number.isInteger(input.audienceCount) || input.audienceCount < 0 || input.audienceCount > MAX_AUDIENCE) {
    throw badUserInput(`audienceCount must be between 0 and ${MAX_AUDIENCE}, got ${input.audienceCount}`, { argument: 'audienceCount' });
  }
  const place = input.place?.trim() || null;
  if (place && place.length > 200) throw badUserInput('place must be at most 200 characters', { argument: 'place' });
  const summary = input.summary?.trim() || null;
  if (summary && summary.length > 2000) throw badUserInput('summary must be at most 2000 characters', { argument: 'summary' });
  const volunteerIds = [...new Set((input.volunteerIds ?? []).map((id) => parseId(id, 'volunteer')))];
  if (volunteerIds.length > MAX_VOLUNTEERS) throw badUserInput(`volunteerIds may hold at most ${MAX_VOLUNTEERS} volunteers`, { argument: 'volunteerIds' });
  return {
    campaignId: parseId(input.campaignId, 'campaign'),
    hostUnitId: parseId(input.hostId, 'org unit'),
    lectureGroupId: input.lectureGroupId ? parseId(input.lectureGroupId, 'lecture group') : null,
    actionId: input.actionId ? parseId(input.actionId, 'campaign action') : null,
    workBrandId: input.workBrandId ? parseId(input.workBrandId, 'work brand') : null,
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
  assertInsideCampaignPeriod(campaign, heldAt);
  if (fields.lectureGroupId !== null && !group) throw notFound('lecture group', fields.lectureGroupId);
  if (fields.workBrandId !== null && !brand) throw notFound('work brand', fields.workBrandId);
  if (fields.actionId !== null) {
    if (!action) throw notFound('campaign action', fields.actionId);
    if (action.campaignId !== campaign.id) {
      throw badUserInput(`actionId ${action.id} belongs to campaign ${action.campaignId}, not to campaign ${campaign.id}`, { argument: 'actionId' });
    }
  }
}
