import { join } from 'node:path';
import { buildFederatedSchema, CreateAuditLog1764374000000, type SubgraphDefinition } from '@civic/kernel';
import { createVolunteersLoaders, type VolunteersLoaders } from './loaders';
import { CreateVolunteersSchema1764374500000 } from './migrations/1764374500000-CreateVolunteersSchema';
import { ProtectResidentIds1764374510000 } from './migrations/1764374510000-ProtectResidentIds';
import { orgUnitRefReference } from '@civic/kernel';
import { OrgUnitVolunteersResolver } from './org-unit/org-unit-volunteers.resolver';
import { seedVolunteersDemo } from './seed/seed-demo';
import { VolunteerEntity } from './volunteer/volunteer.entity';
import { volunteerReference } from './volunteer/volunteer.reference';
import { VolunteerResolver } from './volunteer/volunteer.resolver';
import { VolunteerPersonalDataResolver } from './volunteer/volunteer-personal-data.resolver';
import { VolunteerRegistrationResolver } from './volunteer/registration/volunteer-registration.resolver';

/** The volunteers subgraph: people, teams and their service hours. */
export const volunteersSubgraph: SubgraphDefinition<VolunteersLoaders> = {
  name: 'volunteers',
  schema: 'volunteers',
  defaultPort: 4002,
  sdlPath: join(__dirname, '..', 'schema.graphql'),
  entities: [VolunteerEntity],
  migrations: [CreateAuditLog1764374000000, CreateVolunteersSchema1764374500000, ProtectResidentIds1764374510000],
  buildSchema: () =>
    buildFederatedSchema({
      resolvers: [VolunteerResolver, VolunteerPersonalDataResolver, VolunteerRegistrationResolver, OrgUnitVolunteersResolver],
      referenceResolvers: { Volunteer: volunteerReference, OrgUnit: orgUnitRefReference },
    }),
  createLoaders: createVolunteersLoaders,
  seedDemo: seedVolunteersDemo,
};
