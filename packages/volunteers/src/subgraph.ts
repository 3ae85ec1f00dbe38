import { join } from 'node:path';
import {
  buildFederatedSchema,
  CreateAuditLog1764374000000,
  AuditEntryDetails1764375000000,
  orgUnitStubReference,
  type SubgraphDefinition,
} from '@civic/subgraph-kit';
import { ActivitySignupEntity } from './activity/activity-signup.entity';
import { ActivityEntity } from './activity/activity.entity';
import { ActivityResolver, ActivitySignupResolver } from './activity/activity.resolver';
import { BrandProjectEntity } from './brand-project/brand-project.entity';
import { BrandProjectMutationResolver } from './brand-project/mutations/brand-project-mutation.resolver';
import { BrandProjectResolver } from './brand-project/brand-project.resolver';
import { ServiceCertificateResolver, VolunteerCertificatesResolver } from './certificate/certificate.resolver';
import { ServiceCertificateEntity } from './certificate/service-certificate.entity';
import { ExchangeGoodsEntity } from './exchange/exchange-goods.entity';
import { ExchangeMutationResolver } from './exchange/mutations/exchange-mutation.resolver';
import { RedemptionMutationResolver } from './exchange/mutations/redemption-mutation.resolver';
import { OrgUnitExchangesResolver } from './exchange/org-unit-exchanges.resolver';
import { PointsExchangeEntity } from './exchange/points-exchange.entity';
import { ExchangeGoodsResolver, PointsExchangeResolver } from './exchange/points-exchange.resolver';
import { PointsRedemptionEntity } from './exchange/points-redemption.entity';
import { PointsRedemptionResolver } from './exchange/points-redemption.resolver';
import { VolunteerRedemptionsResolver } from './exchange/volunteer-redemptions.resolver';
import { createVolunteersLoaders, type VolunteersLoaders } from './loaders';
import { CreateVolunteersSchema1764374500000 } from './migrations/1764374500000-CreateVolunteersSchema';
import { ProtectResidentIds1764374510000 } from './migrations/1764374510000-ProtectResidentIds';
import { VolunteerService1764374520000 } from './migrations/1764374520000-VolunteerService';
import { VolunteerStatsCoveringIndex1764374580000 } from './migrations/1764374580000-VolunteerStatsCoveringIndex';
import { UnitVolunteerRollup1764374590000 } from './migrations/1764374590000-UnitVolunteerRollup';
import { RecordServiceFunction1764374595000 } from './migrations/1764374595000-RecordServiceFunction';
import { RecordServiceInScope1764374597000 } from './migrations/1764374597000-RecordServiceInScope';
import { DropUnusedRecordStatusIndex1764374598000 } from './migrations/1764374598000-DropUnusedRecordStatusIndex';
import { OverlapRuleInOnePlace1764374599000 } from './migrations/1764374599000-OverlapRuleInOnePlace';
import { VolunteersDailyWork1764375100000 } from './migrations/1764375100000-VolunteersDailyWork';
import { BreakdownCoveringIndexes1764375200000 } from './migrations/1764375200000-BreakdownCoveringIndexes';
import { SpecialPeriodMobilisation1764376010000 } from './migrations/1764376010000-SpecialPeriodMobilisation';
import { PointsAndExchange1764377000000 } from './migrations/1764377000000-PointsAndExchange';
import { UnitMonthRollup1764377100000 } from './migrations/1764377100000-UnitMonthRollup';
import {
  SERVICE_RECORDS_BY_YEAR,
  PartitionServiceRecordsByYear1764377300000,
} from './migrations/1764377300000-PartitionServiceRecordsByYear';
import { MobilisationEntity } from './mobilisation/mobilisation.entity';
import { MobilisationMutationResolver } from './mobilisation/mutations/mobilisation-mutation.resolver';
import { MobilisationResolver, OrgUnitMobilisationsResolver } from './mobilisation/mobilisation.resolver';
import { OrgUnitBreakdownResolver } from './org-unit/breakdown/breakdown.resolver';
import { OrgUnitVolunteersResolver } from './org-unit/org-unit-volunteers.resolver';
import { PointsMutationResolver } from './points/mutations/points-mutation.resolver';
import { OrgUnitPointsResolver, PointsRateResolver } from './points/org-unit-points.resolver';
import { PointsAccountResolver } from './points/points-account.resolver';
import { PointsEntryEntity } from './points/points-entry.entity';
import { PointsEntryResolver } from './points/points-entry.resolver';
import { VolunteerPointsResolver } from './points/volunteer-points.resolver';
import { seedVolunteersDemo } from './seed/seed-demo';
import { ServiceRecordMutationResolver } from './service-record/mutations/service-record-mutation.resolver';
import { ServiceRecordEntity } from './service-record/service-record.entity';
import { ServiceRecordResolver } from './service-record/service-record.resolver';
import { ServiceRequestStepEntity } from './service-request/service-request-step.entity';
import { ServiceRequestEntity } from './service-request/service-request.entity';
import { serviceRequestReference } from './service-request/service-request.reference-resolver';
import { ServiceRequestResolver } from './service-request/service-request.resolver';
import { TeamMutationResolver } from './team/mutations/team-mutation.resolver';
import { TeamMembershipEntity } from './team/team-membership.entity';
import { TeamMembershipResolver } from './team/team-membership.resolver';
import { VolunteerTeamEntity } from './team/volunteer-team.entity';
import { volunteerTeamReference } from './team/volunteer-team.reference-resolver';
import { VolunteerTeamResolver } from './team/volunteer-team.resolver';
import { VolunteerMutationResolver } from './volunteer/mutations/volunteer-mutation.resolver';
import { VolunteerRegistrationResolver } from './volunteer/registration/volunteer-registration.resolver';
import { VolunteerPersonalDataResolver } from './volunteer/volunteer-personal-data.resolver';
import { starLevelSettings } from './volunteer/star-level';
import { VolunteerServiceResolver } from './volunteer/volunteer-service.resolver';
import { VolunteerEntity } from './volunteer/volunteer.entity';
import { volunteerReference } from './volunteer/volunteer.reference-resolver';
import { VolunteerResolver } from './volunteer/volunteer.resolver';

/** The volunteers subgraph: people, teams, activities, their service hours, the order-dispatch flow, and points with the exchanges they are spent at. */
export const volunteersSubgraph: SubgraphDefinition<VolunteersLoaders> = {
  name: 'volunteers',
  schema: 'volunteers',
  defaultPort: 4002,
  sdlPath: join(__dirname, '..', 'schema.graphql'),
  entities: [
    VolunteerEntity,
    VolunteerTeamEntity,
    TeamMembershipEntity,
    BrandProjectEntity,
    ActivityEntity,
    ActivitySignupEntity,
    ServiceRecordEntity,
    ServiceCertificateEntity,
    ServiceRequestEntity,
    ServiceRequestStepEntity,
    MobilisationEntity,
    PointsEntryEntity,
    PointsExchangeEntity,
    ExchangeGoodsEntity,
    PointsRedemptionEntity,
  ],
  migrations: [
    CreateAuditLog1764374000000,
    AuditEntryDetails1764375000000,
    CreateVolunteersSchema1764374500000,
    ProtectResidentIds1764374510000,
    VolunteerService1764374520000,
    VolunteerStatsCoveringIndex1764374580000,
    UnitVolunteerRollup1764374590000,
    RecordServiceFunction1764374595000,
    RecordServiceInScope1764374597000,
    DropUnusedRecordStatusIndex1764374598000,
    OverlapRuleInOnePlace1764374599000,
    VolunteersDailyWork1764375100000,
    BreakdownCoveringIndexes1764375200000,
    SpecialPeriodMobilisation1764376010000,
    PointsAndExchange1764377000000,
    UnitMonthRollup1764377100000,
    PartitionServiceRecordsByYear1764377300000,
  ],
  yearPartitionedTables: [SERVICE_RECORDS_BY_YEAR],
  sqlDirectory: join(__dirname, '..', 'sql'),
  buildSchema: () =>
    buildFederatedSchema({
      resolvers: [
        VolunteerResolver,
        VolunteerPersonalDataResolver,
        VolunteerRegistrationResolver,
        VolunteerMutationResolver,
        VolunteerServiceResolver,
        VolunteerCertificatesResolver,
        VolunteerTeamResolver,
        TeamMembershipResolver,
        TeamMutationResolver,
        BrandProjectResolver,
        BrandProjectMutationResolver,
        ActivityResolver,
        ActivitySignupResolver,
        ServiceRecordResolver,
        ServiceRecordMutationResolver,
        ServiceCertificateResolver,
        ServiceRequestResolver,
        OrgUnitVolunteersResolver,
        OrgUnitBreakdownResolver,
        MobilisationResolver,
        MobilisationMutationResolver,
        OrgUnitMobilisationsResolver,
        VolunteerPointsResolver,
        PointsAccountResolver,
        PointsEntryResolver,
        OrgUnitPointsResolver,
        PointsRateResolver,
        PointsMutationResolver,
        PointsExchangeResolver,
        ExchangeGoodsResolver,
        PointsRedemptionResolver,
        OrgUnitExchangesResolver,
        VolunteerRedemptionsResolver,
        ExchangeMutationResolver,
        RedemptionMutationResolver,
      ],
      referenceResolvers: {
        Volunteer: volunteerReference,
        VolunteerTeam: volunteerTeamReference,
        OrgUnit: orgUnitStubReference,
        ServiceRequest: serviceRequestReference,
      },
    }),
  createLoaders: createVolunteersLoaders,
  seedDemo: seedVolunteersDemo,
  settings: starLevelSettings,
};
