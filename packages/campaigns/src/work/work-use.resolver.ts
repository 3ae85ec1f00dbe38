import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { CampaignEvent } from '../campaign-event/campaign-event.type';
import { Campaign } from '../campaign/campaign.type';
import type { CampaignsContext } from '../loaders';
import type { WorkUseEntity } from './work-use.entity';
import { WorkUse } from './work-use.type';
import { Work } from './work.type';

@Resolver(() => WorkUse)
export class WorkUseResolver {
  @FieldResolver(() => Work, { description: 'The work used (作品).' })
  async work(@Root() use: WorkUseEntity, @Ctx() ctx: CampaignsContext) {
    return ctx.loaders.workById.load(String(use.workId));
  }

  @FieldResolver(() => Campaign, { nullable: true, description: 'The campaign that used it, when a campaign did (使用的活动).' })
  campaign(@Root() use: WorkUseEntity, @Ctx() ctx: CampaignsContext) {
    return use.campaignId === null ? null : ctx.loaders.campaignById.load(String(use.campaignId));
  }

  @FieldResolver(() => CampaignEvent, { nullable: true, description: 'The event that used it, when one event did (使用的场次).' })
  event(@Root() use: WorkUseEntity, @Ctx() ctx: CampaignsContext) {
    return use.eventId === null ? null : ctx.loaders.campaignEventById.load(String(use.eventId));
  }
}
