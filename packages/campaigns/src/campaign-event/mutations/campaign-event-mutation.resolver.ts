import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { CampaignsContext } from '../../loaders';
import { CampaignEvent } from '../campaign-event.type';
import { CorrectCampaignEventInput } from './correct-campaign-event.input';
import { correctCampaignEvent } from './correct-campaign-event';
import { RecordCampaignEventInput } from './record-campaign-event.input';
import { recordCampaignEvent } from './record-campaign-event';
import { VoidCampaignEventInput } from './void-campaign-event.input';
import { voidCampaignEvent } from './void-campaign-event';

const WHO = 'ADMIN anywhere; ORG_ADMIN, OPERATOR and PROPAGANDA for host units inside their subtree.';

@Resolver(() => CampaignEvent)
export class CampaignEventMutationResolver {
  @Mutation(() => CampaignEvent, {
    description: `Records an event held under a campaign (登记活动场次). ${WHO} Refused (nothing stored) when its day lies outside the campaign period or the campaign is closed.`,
  })
  recordCampaignEvent(
    @Arg('input', () => RecordCampaignEventInput, { description: 'The event (活动场次).' }) input: RecordCampaignEventInput,
    @Ctx() ctx: CampaignsContext,
  ) {
    return recordCampaignEvent(ctx, input);
  }

  @Mutation(() => CampaignEvent, {
    description: `Corrects recorded fields of an event, with a reason (更正活动场次). ${WHO} (both the old and a new host). Allowed on closed campaigns' events. Every figure, roll-up and breakdown follows; the audit log keeps the values before and after. CONFLICT (nothing changed) on a stale expectedVersion or a voided event.`,
  })
  correctCampaignEvent(
    @Arg('input', () => CorrectCampaignEventInput, { description: 'The correction (更正内容).' }) input: CorrectCampaignEventInput,
    @Ctx() ctx: CampaignsContext,
  ) {
    return correctCampaignEvent(ctx, input);
  }

  @Mutation(() => CampaignEvent, {
    description: `Voids an event, with a reason (作废活动场次): it stays for the record and the audit log but counts in no figure and leaves the default lists; nothing is deleted. ${WHO} Allowed on closed campaigns' events. CONFLICT (nothing changed) on a stale expectedVersion or an event already voided.`,
  })
  voidCampaignEvent(
    @Arg('input', () => VoidCampaignEventInput, { description: 'The event and why (场次及原因).' }) input: VoidCampaignEventInput,
    @Ctx() ctx: CampaignsContext,
  ) {
    return voidCampaignEvent(ctx, input);
  }
}
