import { join } from 'node:path';
import {
  buildFederatedSchema,
  CreateAuditLog1764374000000,
  AuditEntryDetails1764375000000,
  orgUnitStubReference,
  type SubgraphDefinition,
} from '@civic/subgraph-kit';
import { CampaignActionEntity } from './campaign-action/campaign-action.entity';
import { CampaignActionResolver } from './campaign-action/campaign-action.resolver';
import { CampaignActionMutationResolver } from './campaign-action/mutations/campaign-action-mutation.resolver';
import { CampaignEventEntity } from './campaign-event/campaign-event.entity';
import { campaignEventReference } from './campaign-event/campaign-event.reference-resolver';
import { CampaignEventResolver } from './campaign-event/campaign-event.resolver';
import { CampaignEventMutationResolver } from './campaign-event/mutations/campaign-event-mutation.resolver';
import { CampaignViewsResolver } from './campaign/campaign-views.resolver';
import { CampaignEntity } from './campaign/campaign.entity';
import { campaignReference } from './campaign/campaign.reference-resolver';
import { CampaignResolver } from './campaign/campaign.resolver';
import { CampaignMutationResolver } from './campaign/mutations/campaign-mutation.resolver';
import { CustomsReformMeasureEntity } from './customs-reform/customs-reform-measure.entity';
import { CustomsReformMutationResolver } from './customs-reform/mutations/customs-reform-mutation.resolver';
import { LectureGroupEntity } from './lecture-group/lecture-group.entity';
import { lectureGroupReference } from './lecture-group/lecture-group.reference-resolver';
import { LectureGroupResolver } from './lecture-group/lecture-group.resolver';
import { LectureGroupMutationResolver } from './lecture-group/mutations/lecture-group-mutation.resolver';
import { createCampaignsLoaders, type CampaignsLoaders } from './loaders';
import { CreateCampaignsSchema1764374600000 } from './migrations/1764374600000-CreateCampaignsSchema';
import { EventDetailsGroupsAndMeasures1764374610000 } from './migrations/1764374610000-EventDetailsGroupsAndMeasures';
import { UnitEventRollup1764374620000 } from './migrations/1764374620000-UnitEventRollup';
import { DailyWork1764375100000 } from './migrations/1764375100000-DailyWork';
import { OrgUnitCampaignEventsResolver } from './org-unit/org-unit-campaign-events.resolver';
import { OrgUnitCampaignsResolver } from './org-unit/org-unit-campaigns.resolver';
import { OrgUnitCustomsReformResolver } from './org-unit/org-unit-customs-reform.resolver';
import { OrgUnitEventBreakdownResolver } from './org-unit/org-unit-event-breakdown.resolver';
import { OrgUnitGroupsResolver } from './org-unit/org-unit-groups.resolver';
import { seedCampaignsDemo } from './seed/seed-demo';
import { VolunteerCampaignEventsResolver } from './volunteer/volunteer-campaign-events.resolver';
import { volunteerStubReference } from './volunteer/volunteer.stub';
import { WorkBrandEntity } from './work-brand/work-brand.entity';
import { WorkBrandMutationResolver } from './work-brand/mutations/work-brand-mutation.resolver';
import { WorkBrandResolver } from './work-brand/work-brand.resolver';
import { ReportsHomes1764376000000 } from './migrations/1764376000000-ReportsHomes';
import {
  CAMPAIGN_EVENTS_BY_YEAR,
  PartitionCampaignEventsByYear1764377300000,
} from './migrations/1764377300000-PartitionCampaignEventsByYear';
import { CalendarDayEntity } from './calendar/calendar-day.entity';
import { CalendarDayResolver } from './calendar/calendar.resolver';
import { CalendarMutationResolver } from './calendar/mutations/calendar-mutation.resolver';
import { PlannedActivityEntity } from './calendar/planned-activity.entity';
import { PlannedActivityResolver } from './calendar/planned-activity.resolver';
import { CampaignEventPeopleResolver } from './event-participant/campaign-event-people.resolver';
import { EventParticipantEntity } from './event-participant/event-participant.entity';
import { EventParticipantResolver } from './event-participant/event-participant.resolver';
import { EventParticipantMutationResolver } from './event-participant/mutations/participant-mutation.resolver';
import { CampaignRoleModelsResolver } from './role-model/campaign-role-models.resolver';
import { HonourEntity } from './role-model/honour.entity';
import { RoleModelMutationResolver } from './role-model/mutations/role-model-mutation.resolver';
import { RoleModelEntity } from './role-model/role-model.entity';
import { roleModelReference } from './role-model/role-model.reference-resolver';
import { RoleModelResolver } from './role-model/role-model.resolver';
import { VenueEventsResolver } from './venue/venue-events.resolver';
import { venueStubReference } from './venue/venue.stub';
import { CampaignEventWorksResolver, CampaignWorksResolver } from './work/campaign-works.resolver';
import { WorkMutationResolver } from './work/mutations/work-mutation.resolver';
import { WorkUseEntity } from './work/work-use.entity';
import { WorkUseResolver } from './work/work-use.resolver';
import { WorkEntity } from './work/work.entity';
import { WorkResolver } from './work/work.resolver';

/** The campaigns subgraph: lectures, customs reform and other drives, the events held under them and the views leaders read. */
export const campaignsSubgraph: SubgraphDefinition<CampaignsLoaders> = {
  name: 'campaigns',
  schema: 'campaigns',
  defaultPort: 4003,
  sdlPath: join(__dirname, '..', 'schema.graphql'),
  sqlDirectory: join(__dirname, '..', 'sql'),
  entities: [
    CampaignEntity,
    CampaignEventEntity,
    CampaignActionEntity,
    LectureGroupEntity,
    WorkBrandEntity,
    CustomsReformMeasureEntity,
    RoleModelEntity,
    HonourEntity,
    WorkEntity,
    WorkUseEntity,
    EventParticipantEntity,
    CalendarDayEntity,
    PlannedActivityEntity,
  ],
  migrations: [
    CreateAuditLog1764374000000,
    AuditEntryDetails1764375000000,
    CreateCampaignsSchema1764374600000,
    EventDetailsGroupsAndMeasures1764374610000,
    UnitEventRollup1764374620000,
    DailyWork1764375100000,
    ReportsHomes1764376000000,
    PartitionCampaignEventsByYear1764377300000,
  ],
  yearPartitionedTables: [CAMPAIGN_EVENTS_BY_YEAR],
  buildSchema: () =>
    buildFederatedSchema({
      resolvers: [
        CampaignResolver,
        CampaignViewsResolver,
        CampaignMutationResolver,
        CampaignEventResolver,
        CampaignEventMutationResolver,
        CampaignActionResolver,
        CampaignActionMutationResolver,
        LectureGroupResolver,
        LectureGroupMutationResolver,
        CustomsReformMutationResolver,
        WorkBrandResolver,
        WorkBrandMutationResolver,
        OrgUnitEventBreakdownResolver,
        OrgUnitCampaignsResolver,
        OrgUnitCampaignEventsResolver,
        OrgUnitGroupsResolver,
        OrgUnitCustomsReformResolver,
        VolunteerCampaignEventsResolver,
        RoleModelResolver,
        RoleModelMutationResolver,
        CampaignRoleModelsResolver,
        WorkResolver,
        WorkUseResolver,
        WorkMutationResolver,
        CampaignWorksResolver,
        CampaignEventWorksResolver,
        CampaignEventPeopleResolver,
        EventParticipantResolver,
        EventParticipantMutationResolver,
        VenueEventsResolver,
        CalendarDayResolver,
        PlannedActivityResolver,
        CalendarMutationResolver,
      ],
      referenceResolvers: {
        Campaign: campaignReference,
        CampaignEvent: campaignEventReference,
        LectureGroup: lectureGroupReference,
        OrgUnit: orgUnitStubReference,
        Volunteer: volunteerStubReference,
        RoleModel: roleModelReference,
        Venue: venueStubReference,
      },
    }),
  createLoaders: createCampaignsLoaders,
  seedDemo: seedCampaignsDemo,
};
