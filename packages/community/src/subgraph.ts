import { join } from 'node:path';
import {
  AuditEntryDetails1764375000000,
  buildFederatedSchema,
  CreateAuditLog1764374000000,
  orgUnitStubReference,
  type SubgraphDefinition,
} from '@civic/subgraph-kit';
import { AssistanceEntity } from './assistance/assistance.entity';
import { AssistanceResolver } from './assistance/assistance.resolver';
import { AssistanceMutationResolver } from './assistance/mutations/assistance-mutation.resolver';
import { DisputeCaseStepEntity } from './dispute-case/dispute-case-step.entity';
import { DisputeCaseEntity } from './dispute-case/dispute-case.entity';
import { DisputeCaseResolver, DisputeCaseStepResolver } from './dispute-case/dispute-case.resolver';
import { DisputeCaseMutationResolver } from './dispute-case/mutations/dispute-case-mutation.resolver';
import { HouseholdEntity } from './household/household.entity';
import { HouseholdResolver } from './household/household.resolver';
import { HouseholdMutationResolver } from './household/mutations/household-mutation.resolver';
import { createCommunityLoaders, type CommunityLoaders } from './loaders';
import { CreateCommunitySchema1764376000000 } from './migrations/1764376000000-CreateCommunitySchema';
import { OrgUnitGridWorkResolver } from './org-unit/org-unit-grid-work.resolver';
import { seedCommunityDemo } from './seed/seed-demo';
import { ServiceRequestGridResolver } from './service-request/service-request-grid.resolver';
import { serviceRequestStubReference } from './service-request/service-request.stub';
import { VisitMutationResolver } from './visit/mutations/visit-mutation.resolver';
import { VisitEntity } from './visit/visit.entity';
import { VisitResolver } from './visit/visit.resolver';

/**
 * The community subgraph: grid work (网格工作). Residents' and households' personal data, which
 * political-legal and grid staff own, kept apart from volunteers' in a process and schema of its own:
 * households in difficulty, door-to-door visits, dispute cases and assistance.
 */
export const communitySubgraph: SubgraphDefinition<CommunityLoaders> = {
  name: 'community',
  schema: 'community',
  defaultPort: 4006,
  sdlPath: join(__dirname, '..', 'schema.graphql'),
  entities: [HouseholdEntity, VisitEntity, DisputeCaseEntity, DisputeCaseStepEntity, AssistanceEntity],
  migrations: [CreateAuditLog1764374000000, AuditEntryDetails1764375000000, CreateCommunitySchema1764376000000],
  buildSchema: () =>
    buildFederatedSchema({
      resolvers: [
        HouseholdResolver,
        HouseholdMutationResolver,
        VisitResolver,
        VisitMutationResolver,
        DisputeCaseResolver,
        DisputeCaseStepResolver,
        DisputeCaseMutationResolver,
        AssistanceResolver,
        AssistanceMutationResolver,
        OrgUnitGridWorkResolver,
        ServiceRequestGridResolver,
      ],
      referenceResolvers: { OrgUnit: orgUnitStubReference, ServiceRequest: serviceRequestStubReference },
    }),
  createLoaders: createCommunityLoaders,
  seedDemo: seedCommunityDemo,
};
