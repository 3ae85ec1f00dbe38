import { In, type DataSource } from 'typeorm';
import { idLoader, type SubgraphContext } from '@civic/subgraph-kit';
import { SavedQueryEntity } from './saved-query/saved-query.entity';
import { SavedViewEntity } from './saved-view/saved-view.entity';
import { ownerVisibilityLoaders } from './shared/visibility';

export function createWorkspaceLoaders(db: DataSource) {
  return {
    savedViewById: idLoader((ids) => db.getRepository(SavedViewEntity).findBy({ id: In(ids) })),
    savedQueryById: idLoader((ids) => db.getRepository(SavedQueryEntity).findBy({ id: In(ids) })),
    ownerVisibleTo: ownerVisibilityLoaders(db),
  };
}

export type WorkspaceLoaders = ReturnType<typeof createWorkspaceLoaders>;
export type WorkspaceContext = SubgraphContext<WorkspaceLoaders>;
