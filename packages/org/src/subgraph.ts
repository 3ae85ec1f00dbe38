import { join } from 'node:path';
import {
  AuditEntryEntity,
  AuditLogResolver,
  buildFederatedSchema,
  AuditEntryDetails1764375000000,
  CreateAuditLog1764374000000,
  type SubgraphDefinition,
} from '@civic/subgraph-kit';
import { OrgUnitCoverageResolver } from './coverage/coverage.resolver';
import { DesignationEntity } from './designation/designation.entity';
import { DesignationResolver, OrgUnitDesignationsResolver } from './designation/designation.resolver';
import { DesignationMutationResolver } from './designation/mutations/designation-mutation.resolver';
import { ApplicationStepEntity } from './designation-application/application-step.entity';
import { DesignationApplicationEntity } from './designation-application/designation-application.entity';
import {
  DesignationApplicationResolver,
  OrgUnitDesignationApplicationsResolver,
} from './designation-application/designation-application.resolver';
import { DesignationApplicationMutationResolver } from './designation-application/mutations/designation-application-mutation.resolver';
import { JointMeetingEntity } from './joint-meeting/joint-meeting.entity';
import {
  CoordinationRowResolver,
  JointMeetingResolver,
  MeetingAttendeeResolver,
  MeetingDecisionResolver,
} from './joint-meeting/joint-meeting.resolver';
import { MeetingAttendeeEntity } from './joint-meeting/meeting-attendee.entity';
import { MeetingDecisionEntity } from './joint-meeting/meeting-decision.entity';
import { JointMeetingMutationResolver } from './joint-meeting/mutations/joint-meeting-mutation.resolver';
import { OrgUnitMeetingsResolver } from './joint-meeting/org-unit-meetings.resolver';
import { createOrgLoaders, type OrgLoaders } from './loaders';
import { CreateOrgSchema1764374400000 } from './migrations/1764374400000-CreateOrgSchema';
import { OrgStructureDetails1764374410000 } from './migrations/1764374410000-OrgStructureDetails';
import { OrgDailyWork1764375100000 } from './migrations/1764375100000-OrgDailyWork';
import { DesignationApplications1764376000000 } from './migrations/1764376000000-DesignationApplications';
import { JointMeetings1764376010000 } from './migrations/1764376010000-JointMeetings';
import { PublishUnitTree1764377200000 } from './migrations/1764377200000-PublishUnitTree';
import { OrgUnitMutationResolver } from './org-unit/mutations/org-unit-mutation.resolver';
import { OrgUnitDetailsResolver } from './org-unit/org-unit-details.resolver';
import { OrgUnitEntity } from './org-unit/org-unit.entity';
import { orgUnitReference } from './org-unit/org-unit.reference-resolver';
import { OrgUnitResolver } from './org-unit/org-unit.resolver';
import { RegionEntity } from './region/region.entity';
import { regionReference } from './region/region.reference-resolver';
import { RegionResolver } from './region/region.resolver';
import { seedOrgDemo } from './seed/seed-demo';
import { VenueMutationResolver } from './venue/mutations/venue-mutation.resolver';
import { VenueEntity } from './venue/venue.entity';
import { venueReference } from './venue/venue.reference-resolver';
import { OrgUnitVenuesResolver, VenueResolver } from './venue/venue.resolver';

/**
 * The org subgraph: where everything happens (units, regions, venues, designations and the
 * applications for them, joint meetings), and the audit log query.
 */
export const orgSubgraph: SubgraphDefinition<OrgLoaders> = {
  name: 'org',
  schema: 'org',
  defaultPort: 4001,
  sdlPath: join(__dirname, '..', 'schema.graphql'),
  entities: [
    OrgUnitEntity,
    RegionEntity,
    VenueEntity,
    DesignationEntity,
    DesignationApplicationEntity,
    ApplicationStepEntity,
    JointMeetingEntity,
    MeetingAttendeeEntity,
    MeetingDecisionEntity,
    AuditEntryEntity,
  ],
  migrations: [
    CreateAuditLog1764374000000,
    AuditEntryDetails1764375000000,
    CreateOrgSchema1764374400000,
    OrgStructureDetails1764374410000,
    OrgDailyWork1764375100000,
    DesignationApplications1764376000000,
    JointMeetings1764376010000,
    PublishUnitTree1764377200000,
  ],
  buildSchema: () =>
    buildFederatedSchema({
      resolvers: [
        OrgUnitResolver,
        OrgUnitDetailsResolver,
        OrgUnitMutationResolver,
        OrgUnitCoverageResolver,
        OrgUnitDesignationsResolver,
        OrgUnitVenuesResolver,
        DesignationResolver,
        DesignationMutationResolver,
        DesignationApplicationResolver,
        OrgUnitDesignationApplicationsResolver,
        DesignationApplicationMutationResolver,
        JointMeetingResolver,
        MeetingAttendeeResolver,
        MeetingDecisionResolver,
        CoordinationRowResolver,
        OrgUnitMeetingsResolver,
        JointMeetingMutationResolver,
        VenueResolver,
        VenueMutationResolver,
        RegionResolver,
        AuditLogResolver,
      ],
      referenceResolvers: { OrgUnit: orgUnitReference, Region: regionReference, Venue: venueReference },
    }),
  createLoaders: createOrgLoaders,
  seedDemo: seedOrgDemo,
};
