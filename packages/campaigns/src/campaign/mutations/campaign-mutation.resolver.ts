import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { CampaignsContext } from '../../loaders';
import { Campaign } from '../campaign.type';
import { CampaignStateInput } from './campaign-state.input';
import { closeCampaign, reopenCampaign } from './close-campaign';
import { CreateCampaignInput } from './create-campaign.input';
import { createCampaign } from './create-campaign';
import { UpdateCampaignInput } from './update-campaign.input';
import { updateCampaign } from './update-campaign';

const WHO = 'ADMIN anywhere; ORG_ADMIN and PROPAGANDA for organisers inside their subtree.';
const STALE = 'CONFLICT (nothing changed) when expectedVersion is not the current version.';

@Resolver(() => Campaign)
export class CampaignMutationResolver {
  @Mutation(() => Campaign, { description: `Creates a campaign (新建宣传活动). ${WHO}` })
  createCampaign(
    @Arg('input', () => CreateCampaignInput, { description: 'The campaign (活动).' }) input: CreateCampaignInput,
    @Ctx() ctx: CampaignsContext,
  ) {
    return createCampaign(ctx, input);
  }

  @Mutation(() => Campaign, {
    description: `Changes a campaign's name, kind, description, period or targets (修改宣传活动). ${WHO} ${STALE} A period that would leave recorded events outside it is refused.`,
  })
  updateCampaign(
    @Arg('input', () => UpdateCampaignInput, { description: 'The changes (修改内容).' }) input: UpdateCampaignInput,
    @Ctx() ctx: CampaignsContext,
  ) {
    return updateCampaign(ctx, input);
  }

  @Mutation(() => Campaign, {
    description: `Closes a campaign to new events (关闭活动). Its events can still be corrected and voided, each with a reason, so its figures stay true. ${WHO} ${STALE}`,
  })
  closeCampaign(
    @Arg('input', () => CampaignStateInput, { description: 'The campaign and why (活动及原因).' }) input: CampaignStateInput,
    @Ctx() ctx: CampaignsContext,
  ) {
    return closeCampaign(ctx, input);
  }

  @Mutation(() => Campaign, { description: `Reopens a closed campaign for new events (重新开放活动). ${WHO} ${STALE}` })
  reopenCampaign(
    @Arg('input', () => CampaignStateInput, { description: 'The campaign and why (活动及原因).' }) input: CampaignStateInput,
    @Ctx() ctx: CampaignsContext,
  ) {
    return reopenCampaign(ctx, input);
  }
}
