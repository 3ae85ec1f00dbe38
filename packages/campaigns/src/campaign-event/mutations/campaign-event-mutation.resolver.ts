import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { CampaignsContext } from '../../loaders';
import { CampaignEvent } from '../campaign-event.type';
import { RecordCampaignEventInput } from './record-campaign-event.input';
import { recordCampaignEvent } from './record-campaign-event';

@Resolver(() => CampaignEvent)
export class CampaignEventMutationResolver {
  @Mutation(() => CampaignEvent, {
    description:
      'Records an event held under a campaign (登记活动场次). ADMIN anywhere; ORG_ADMIN, OPERATOR and PROPAGANDA for host units inside their subtree. Refused (nothing stored) when its day lies outside the campaign period.',
  })
  recordCampaignEvent(
    @Arg('input', () => RecordCampaignEventInput, { description: 'The event (活动场次).' }) input: RecordCampaignEventInput,
    @Ctx() ctx: CampaignsContext,
  ) {
    return recordCampaignEvent(ctx, input);
  }
}
