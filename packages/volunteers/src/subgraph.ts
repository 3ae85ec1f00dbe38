import { join } from 'node:path';
import { buildFederatedSchema, type SubgraphDefinition } from '@civic/kernel';
import { createVolunteersLoaders, type VolunteersLoaders } from './loaders';
import { CreateVolunteersSchema1764374500000 } from './migrations/1764374500000-CreateVolunteersSchema';
import { orgUnitRefReference } from '@civic/kernel';
import { OrgUnitVolunteersResolver } from './org-unit/org-unit-volunteers.resolver';
import { seedVolunteersDemo } from './seed/seed-demo';
import { VolunteerEntity } from './volunteer/volunteer.entity';
import { volunteerReference } from './volunteer/volunteer.reference';
import { VolunteerResolver } from './volunteer/volunteer.resolver';

/** The volunteers subgraph: people, teams and their service hours. */
export const volunteersSubgraph: SubgraphDefinition<VolunteersLoaders> = {
  name: 'volunteers',
  schema: 'volunteers',
  defaultPort: 4002,
  sdlPath: join(__dirname, '..', 'schema.graphql'),
  entities: [VolunteerEntity],
  migrations: [CreateVolunteersSchema1764374500000],
  buildSchema: () =>
    buildFederatedSchema({
      resolvers: [VolunteerResolver, OrgUnitVolunteersResolver],
      referenceResolvers: { Volunteer: volunteerReference, OrgUnit: orgUnitRefReference },
    }),
  createLoaders: createVolunteersLoaders,
  seedDemo: seedVolunteersDemo,
};
