import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Campaign } from '../campaign/campaign.type';
import type { CampaignEntity } from '../campaign/campaign.entity';
import type { CampaignsContext } from '../loaders';
import type { RoleModelEntity } from './role-model.entity';
import { RoleModel } from './role-model.type';

/** The role models a campaign features. */
@Resolver(() => Campaign)
export class CampaignRoleModelsResolver {
  @FieldResolver(() => [RoleModel], { description: 'Role models the campaign features, in the order featured (宣传的先进典型).' })
  async featuredRoleModels(@Root() campaign: CampaignEntity, @Ctx() ctx: CampaignsContext): Promise<RoleModelEntity[]> {
    const ids = await ctx.loaders.featuredRoleModelIds.load(campaign.id);
    const models = await ctx.loaders.roleModelById.loadMany(ids.map(String));
    return models.filter((m): m is RoleModelEntity => m !== null && !(m instanceof Error));
  }
}
