import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { CampaignEvent } from '../campaign-event/campaign-event.type';
import type { CampaignEventEntity } from '../campaign-event/campaign-event.entity';
import type { CampaignsContext } from '../loaders';
import { OrgUnitStub } from '../org-unit/org-unit.stub';
import { CalendarDay } from './calendar-day.type';
import type { PlannedActivityEntity } from './planned-activity.entity';
import { PlannedActivity } from './planned-activity.type';

@Resolver(() => PlannedActivity)
export class PlannedActivityResolver {
  @FieldResolver(() => CalendarDay, { description: 'The themed day it is planned against (主题日).' })
  calendarDay(@Root() activity: PlannedActivityEntity, @Ctx() ctx: CampaignsContext) {
    return ctx.loaders.calendarDayById.load(String(activity.calendarDayId));
  }

  @FieldResolver(() => OrgUnitStub, { description: 'The unit to host it, e.g. a sub-center (承办单位).' })
  host(@Root() activity: PlannedActivityEntity): OrgUnitStub {
    return { id: String(activity.hostUnitId) };
  }

  @FieldResolver(() => CampaignEvent, {
    nullable: true,
    description: 'The event recorded when it was held; null until HELD (举办的活动场次).',
  })
  event(@Root() activity: PlannedActivityEntity, @Ctx() ctx: CampaignsContext): Promise<CampaignEventEntity | null> | null {
    return activity.eventId === null ? null : ctx.loaders.campaignEventById.load(String(activity.eventId));
  }
}
