import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { CampaignEventEntity } from '../campaign-event/campaign-event.entity';
import { CampaignEvent } from '../campaign-event/campaign-event.type';
import type { CampaignEntity } from '../campaign/campaign.entity';
import { Campaign } from '../campaign/campaign.type';
import type { CampaignsContext } from '../loaders';
import { WorkUse } from './work-use.type';

/** The works a campaign used. */
@Resolver(() => Campaign)
export class CampaignWorksResolver {
  @FieldResolver(() => [WorkUse], { description: 'Works and materials the campaign used, performed or handed out (使用的作品与教材).' })
  works(@Root() campaign: CampaignEntity, @Ctx() ctx: CampaignsContext) {
    return ctx.loaders.workUsesByCampaign.load(campaign.id);
  }
}

/** The works an event used. */
@Resolver(() => CampaignEvent)
export class CampaignEventWorksResolver {
  @FieldResolver(() => [WorkUse], { description: 'Works and materials used, performed or handed out at the event (使用的作品与教材).' })
  works(@Root() event: CampaignEventEntity, @Ctx() ctx: CampaignsContext) {
    return ctx.loaders.workUsesByEvent.load(event.id);
  }
}
