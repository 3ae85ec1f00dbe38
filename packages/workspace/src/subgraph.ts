import { join } from 'node:path';
import {
  AuditEntryDetails1764375000000,
  buildFederatedSchema,
  CreateAuditLog1764374000000,
  orgUnitStubReference,
  type SubgraphDefinition,
} from '@civic/subgraph-kit';
import { createWorkspaceLoaders, type WorkspaceLoaders } from './loaders';
import { CreateWorkspaceSchema1764375200000 } from './migrations/1764375200000-CreateWorkspaceSchema';
import { SavedQueryMutationResolver } from './saved-query/mutations/saved-query-mutation.resolver';
import { SavedQueryEntity } from './saved-query/saved-query.entity';
import { SavedQueryResolver } from './saved-query/saved-query.resolver';
import { SavedViewMutationResolver } from './saved-view/mutations/saved-view-mutation.resolver';
import { SavedViewEntity } from './saved-view/saved-view.entity';
import { SavedViewResolver } from './saved-view/saved-view.resolver';
import { seedWorkspaceDemo } from './seed/seed-demo';

/**
 * The workspace subgraph: what the console saves for its users, not a domain's data: views (看板)
 * propaganda departments compose, with their public links, and analysts' queries (分析查询).
 */
export const workspaceSubgraph: SubgraphDefinition<WorkspaceLoaders> = {
  name: 'workspace',
  schema: 'workspace',
  defaultPort: 4005,
  sdlPath: join(__dirname, '..', 'schema.graphql'),
  entities: [SavedViewEntity, SavedQueryEntity],
  migrations: [CreateAuditLog1764374000000, AuditEntryDetails1764375000000, CreateWorkspaceSchema1764375200000],
  buildSchema: () =>
    buildFederatedSchema({
      resolvers: [SavedViewResolver, SavedViewMutationResolver, SavedQueryResolver, SavedQueryMutationResolver],
      referenceResolvers: { OrgUnit: orgUnitStubReference },
    }),
  createLoaders: createWorkspaceLoaders,
  seedDemo: seedWorkspaceDemo,
};
