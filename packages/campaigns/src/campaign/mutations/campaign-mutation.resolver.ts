import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { CampaignsContext } from '../../loaders';
import { Campaign } from '../campaign.type';
import { CreateCampaignInput } from './create-campaign.input';
import { createCampaign } from './create-campaign';

@Resolver(() => Campaign)
export class CampaignMutationResolver {
  @Mutation(() => Campaign, {
    description: 'Creates a campaign (新建宣传活动). ADMIN anywhere; ORG_ADMIN and PROPAGANDA for organisers inside their subtree.',
  })
  createCampaign(
    @Arg('input', () => CreateCampaignInput, { description: 'The campaign (活动).' }) input: CreateCampaignInput,
    @Ctx() ctx: CampaignsContext,
  ) {
    return createCampaign(ctx, input);
  }
}
