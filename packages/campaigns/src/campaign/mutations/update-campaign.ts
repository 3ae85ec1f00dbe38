import { badUserInput } from '@civic/runtime';
import { changedFields, lockForEdit } from '@civic/subgraph-kit';
import type { EntityManager } from 'typeorm';
import type { CampaignsContext } from '../../loaders';
import { CampaignEntity } from '../campaign.entity';
import { campaignForEdit } from './campaign-for-edit';
import type { UpdateCampaignInput } from './update-campaign.input';

const EDITABLE = ['name', 'kind', 'description', 'startsOn', 'endsOn', 'eventTarget', 'audienceTarget'] as const;

/**
 * Changes a campaign's name, kind, description, period and targets on the version the editor read.
 * A new period must still hold every event recorded (not voided) under the campaign.
 */
export async function updateCampaign(ctx: CampaignsContext, input: UpdateCampaignInput): Promise<CampaignEntity> {
  const { id } = await campaignForEdit(ctx, input.id);
  return ctx.db.transaction(async (manager) => {
    const before = await lockForEdit(manager, CampaignEntity, id, input.expectedVersion, 'campaign');
    const after: CampaignEntity = { ...before, ...changes(input) };
    if (after.startsOn !== null && after.endsOn !== null && after.endsOn < after.startsOn) {
      throw badUserInput(`endsOn ${after.endsOn} must not be before startsOn ${after.startsOn}`, { argument: 'input.endsOn' });
    }
    await assertEventsInsidePeriod(manager, after);
    const saved = await manager.getRepository(CampaignEntity).save(after);
    await ctx.audit.record(manager, 'updateCampaign', 'Campaign', [id], { changes: changedFields(before, saved, EDITABLE) });
    return saved;
  });
}

function changes(input: UpdateCampaignInput): Partial<CampaignEntity> {
  const given: Partial<CampaignEntity> = {};
  if (input.name !== undefined && input.name !== null) given.name = input.name.trim();
  if (input.kind !== undefined && input.kind !== null) given.kind = input.kind;
  if (input.description !== undefined) given.description = input.description?.trim() || null;
  if (input.startsOn !== undefined) given.startsOn = input.startsOn;
  if (input.endsOn !== undefined) given.endsOn = input.endsOn;
  if (input.eventTarget !== undefined) given.eventTarget = input.eventTarget;
  if (input.audienceTarget !== undefined) given.audienceTarget = input.audienceTarget;
  return given;
}

async function assertEventsInsidePeriod(manager: EntityManager, campaign: CampaignEntity): Promise<void> {
  const [outside] = await manager.query<{ count: number; first: string | null; last: string | null }[]>(
    `SELECT count(*)::int AS count, min(day)::text AS first, max(day)::text AS last
     FROM (SELECT (held_at AT TIME ZONE 'Asia/Shanghai')::date AS day FROM campaigns.campaign_event
           WHERE campaign_id = $1 AND voided_at IS NULL) e
     WHERE day < $2::date OR day > $3::date`,
    [campaign.id, campaign.startsOn, campaign.endsOn],
  );
  if (outside.count > 0) {
    throw badUserInput(
      `${outside.count} event(s) of campaign ${campaign.id} (held ${outside.first} to ${outside.last}) would fall outside ${campaign.startsOn ?? 'open'} to ${campaign.endsOn ?? 'open'}: correct or void them first`,
      {
        argument:
          campaign.startsOn !== null && outside.first !== null && outside.first < campaign.startsOn ? 'input.startsOn' : 'input.endsOn',
      },
    );
  }
}
