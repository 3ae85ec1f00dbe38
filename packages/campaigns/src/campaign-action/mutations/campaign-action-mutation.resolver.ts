import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { CampaignsContext } from '../../loaders';
import { RetireInput } from '../../shared/retire.input';
import { CampaignAction } from '../campaign-action.type';
import { createCampaignAction, retireCampaignAction, updateCampaignAction } from './campaign-action-mutations';
import { CreateCampaignActionInput } from './create-campaign-action.input';
import { UpdateCampaignActionInput } from './update-campaign-action.input';

const WHO = 'Whoever may edit the campaign: ADMIN anywhere; ORG_ADMIN and PROPAGANDA for organisers inside their subtree.';
const STALE = 'CONFLICT (nothing changed) when expectedVersion is not the current version.';

@Resolver(() => CampaignAction)
export class CampaignActionMutationResolver {
  @Mutation(() => CampaignAction, { description: `Adds a sub-action to a campaign, numbered after the others (新建子行动). ${WHO}` })
  createCampaignAction(
    @Arg('input', () => CreateCampaignActionInput, { description: 'The sub-action (子行动).' }) input: CreateCampaignActionInput,
    @Ctx() ctx: CampaignsContext,
  ) {
    return createCampaignAction(ctx, input);
  }

  @Mutation(() => CampaignAction, { description: `Changes a sub-action's name or description (修改子行动). ${WHO} ${STALE}` })
  updateCampaignAction(
    @Arg('input', () => UpdateCampaignActionInput, { description: 'The changes (修改内容).' }) input: UpdateCampaignActionInput,
    @Ctx() ctx: CampaignsContext,
  ) {
    return updateCampaignAction(ctx, input);
  }

  @Mutation(() => CampaignAction, {
    description: `Retires a sub-action (停用子行动): its events stay under it and in every figure; it leaves Campaign.actions unless asked for and takes no new events. ${WHO} ${STALE}`,
  })
  retireCampaignAction(
    @Arg('input', () => RetireInput, { description: 'The sub-action and why (子行动及原因).' }) input: RetireInput,
    @Ctx() ctx: CampaignsContext,
  ) {
    return retireCampaignAction(ctx, input);
  }
}
