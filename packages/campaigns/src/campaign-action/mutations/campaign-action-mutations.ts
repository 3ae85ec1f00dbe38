import { conflict, notFound } from '@civic/runtime';
import { changedFields, lockForEdit, parseId } from '@civic/subgraph-kit';
import { campaignForEdit } from '../../campaign/mutations/campaign-for-edit';
import type { CampaignsContext } from '../../loaders';
import type { RetireInput } from '../../shared/retire.input';
import { CampaignActionEntity } from '../campaign-action.entity';
import type { CreateCampaignActionInput } from './create-campaign-action.input';
import type { UpdateCampaignActionInput } from './update-campaign-action.input';

const EDITABLE = ['name', 'description'] as const;

/** Adds a sub-action after the campaign's others; whoever may edit the campaign may. */
export async function createCampaignAction(ctx: CampaignsContext, input: CreateCampaignActionInput): Promise<CampaignActionEntity> {
  const campaign = await campaignForEdit(ctx, input.campaignId);
  return ctx.db.transaction(async (manager) => {
    // The campaign row's lock serialises concurrent additions, so ordinals do not collide.
    await manager.query(`SELECT 1 FROM campaigns.campaign WHERE id = $1 FOR UPDATE`, [campaign.id]);
    const [{ next }] = await manager.query<{ next: number }[]>(
      `SELECT coalesce(max(ordinal), 0) + 1 AS next FROM campaigns.campaign_action WHERE campaign_id = $1`,
      [campaign.id],
    );
    const actions = manager.getRepository(CampaignActionEntity);
    const action = await actions.save(
      actions.create({
        campaignId: campaign.id,
        ordinal: next,
        name: input.name.trim(),
        description: input.description?.trim() || null,
        retiredAt: null,
      }),
    );
    await ctx.audit.record(manager, 'createCampaignAction', 'CampaignAction', [action.id]);
    return action;
  });
}

export async function updateCampaignAction(ctx: CampaignsContext, input: UpdateCampaignActionInput): Promise<CampaignActionEntity> {
  const { id } = await actionForEdit(ctx, input.id);
  const given: Partial<CampaignActionEntity> = {};
  if (input.name != null) given.name = input.name.trim();
  if (input.description !== undefined) given.description = input.description?.trim() || null;
  return ctx.db.transaction(async (manager) => {
    const before = await lockForEdit(manager, CampaignActionEntity, id, input.expectedVersion, 'campaign action');
    const saved = await manager.getRepository(CampaignActionEntity).save({ ...before, ...given });
    await ctx.audit.record(manager, 'updateCampaignAction', 'CampaignAction', [id], { changes: changedFields(before, saved, EDITABLE) });
    return saved;
  });
}

/** Retires a sub-action: its events stay under it, it leaves the default lists and takes no new events. */
export async function retireCampaignAction(ctx: CampaignsContext, input: RetireInput): Promise<CampaignActionEntity> {
  const { id } = await actionForEdit(ctx, input.id);
  const reason = input.reason?.trim() || null;
  return ctx.db.transaction(async (manager) => {
    const action = await lockForEdit(manager, CampaignActionEntity, id, input.expectedVersion, 'campaign action');
    if (action.retiredAt !== null) throw conflict(`campaign action ${id} is already retired`);
    const saved = await manager.getRepository(CampaignActionEntity).save({ ...action, retiredAt: new Date() });
    await ctx.audit.record(manager, 'retireCampaignAction', 'CampaignAction', [id], {
      reason,
      changes: { retiredAt: { from: null, to: saved.retiredAt } },
    });
    return saved;
  });
}

async function actionForEdit(ctx: CampaignsContext, id: string): Promise<CampaignActionEntity> {
  ctx.access.requirePermission('campaign:write');
  const actionId = parseId(id, 'campaign action');
  const action = await ctx.loaders.actionById.load(String(actionId));
  if (!action) throw notFound('campaign action', actionId);
  await campaignForEdit(ctx, String(action.campaignId));
  return action;
}
