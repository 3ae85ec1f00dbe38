import { conflict, notFound } from '@civic/runtime';
import { parseId } from '@civic/subgraph-kit';
import { campaignForEdit } from '../../campaign/mutations/campaign-for-edit';
import type { CampaignEntity } from '../../campaign/campaign.entity';
import type { CampaignsContext } from '../../loaders';
import type { RoleModelEntity } from '../role-model.entity';
import type { FeatureRoleModelInput } from './feature-role-model.input';

export interface FeaturePair {
  campaign: CampaignEntity;
  roleModel: RoleModelEntity;
}

async function pairForEdit(ctx: CampaignsContext, input: FeatureRoleModelInput): Promise<FeaturePair> {
  const campaign = await campaignForEdit(ctx, input.campaignId);
  const modelId = parseId(input.roleModelId, 'role model');
  const roleModel = await ctx.loaders.roleModelById.load(String(modelId));
  if (!roleModel) throw notFound('role model', modelId);
  return { campaign, roleModel };
}

/** A campaign features a role model (campaign:write on the campaign's organiser); featuring them twice is CONFLICT. */
export async function featureRoleModel(ctx: CampaignsContext, input: FeatureRoleModelInput): Promise<FeaturePair> {
  const pair = await pairForEdit(ctx, input);
  await ctx.db.transaction(async (manager) => {
    const rows: unknown[] = await manager.query(
      `INSERT INTO campaigns.campaign_role_model (campaign_id, role_model_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING 1`,
      [pair.campaign.id, pair.roleModel.id],
    );
    if (rows.length === 0) throw conflict(`campaign ${pair.campaign.id} already features role model ${pair.roleModel.id}`);
    await ctx.audit.record(manager, 'featureRoleModel', 'Campaign', [pair.campaign.id], {
      changes: { featuredRoleModel: { from: null, to: pair.roleModel.id } },
    });
  });
  return pair;
}

/** A campaign no longer features a role model; one it does not feature is CONFLICT. */
export async function unfeatureRoleModel(ctx: CampaignsContext, input: FeatureRoleModelInput): Promise<FeaturePair> {
  const pair = await pairForEdit(ctx, input);
  await ctx.db.transaction(async (manager) => {
    const rows: unknown[] = await manager.query(
      `WITH gone AS (DELETE FROM campaigns.campaign_role_model WHERE campaign_id = $1 AND role_model_id = $2 RETURNING 1) SELECT * FROM gone`,
      [pair.campaign.id, pair.roleModel.id],
    );
    if (rows.length === 0) throw conflict(`campaign ${pair.campaign.id} does not feature role model ${pair.roleModel.id}`);
    await ctx.audit.record(manager, 'unfeatureRoleModel', 'Campaign', [pair.campaign.id], {
      changes: { featuredRoleModel: { from: pair.roleModel.id, to: null } },
    });
  });
  return pair;
}
