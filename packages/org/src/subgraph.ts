import { join } from 'node:path';
import { AuditEntryEntity, AuditLogResolver, buildFederatedSchema, CreateAuditLog1764374000000, type SubgraphDefinition } from '@civic/kernel';
import { createOrgLoaders, type OrgLoaders } from './loaders';
import { CreateOrgSchema1764374400000 } from './migrations/1764374400000-CreateOrgSchema';
import { OrgUnitEntity } from './org-unit/org-unit.entity';
import { orgUnitReference } from './org-unit/org-unit.reference';
import { OrgUnitResolver } from './org-unit/org-unit.resolver';
import { OrgUnitMutationResolver } from './org-unit/mutations/org-unit-mutation.resolver';
import { RegionEntity } from './region/region.entity';
import { regionReference } from './region/region.reference';
import { RegionResolver } from './region/region.resolver';
import { seedOrgDemo } from './seed/seed-demo';

/** The org subgraph: where everything happens (org units and the regions they serve), and the audit log query. */
export const orgSubgraph: SubgraphDefinition<OrgLoaders> = {
  name: 'org',
  schema: 'org',
  defaultPort: 4001,
  sdlPath: join(__dirname, '..', 'schema.graphql'),
  entities: [OrgUnitEntity, RegionEntity, AuditEntryEntity],
  migrations: [CreateAuditLog1764374000000, CreateOrgSchema1764374400000],
  buildSchema: () =>
    buildFederatedSchema({
      resolvers: [OrgUnitResolver, OrgUnitMutationResolver, RegionResolver, AuditLogResolver],
      referenceResolvers: { OrgUnit: orgUnitReference, Region: regionReference },
    }),
  createLoaders: createOrgLoaders,
  seedDemo: seedOrgDemo,
};
