import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { CampaignEventStub } from '../campaign-event/campaign-event.stub';
import type { VolunteersContext } from '../loaders';
import { VolunteerTeam } from '../team/volunteer-team.type';
import { Volunteer } from '../volunteer/volunteer.type';
import type { ServiceRecordEntity } from './service-record.entity';
import { ServiceRecord } from './service-record.type';

@Resolver(() => ServiceRecord)
export class ServiceRecordResolver {
  @FieldResolver(() => Volunteer, { description: 'Who served (志愿者).' })
  volunteer(@Root() record: ServiceRecordEntity, @Ctx() ctx: VolunteersContext) {
    return ctx.loaders.volunteerById.load(String(record.volunteerId));
  }

  @FieldResolver(() => CampaignEventStub, { nullable: true, description: 'The campaign event served at, if any (关联宣讲场次).' })
  campaignEvent(@Root() record: ServiceRecordEntity): CampaignEventStub | null {
    return record.campaignEventId ? { id: String(record.campaignEventId) } : null;
  }

  @FieldResolver(() => VolunteerTeam, { nullable: true, description: 'The team served with (服务队).' })
  team(@Root() record: ServiceRecordEntity, @Ctx() ctx: VolunteersContext) {
    return record.teamId ? ctx.loaders.teamById.load(String(record.teamId)) : null;
  }
}
