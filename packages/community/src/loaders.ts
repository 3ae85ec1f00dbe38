import type { DataSource } from 'typeorm';
import type { SubgraphContext } from '@civic/subgraph-kit';
import { createAssistanceLoaders } from './assistance/assistance.loader';
import { createDisputeCaseLoaders } from './dispute-case/dispute-case.loader';
import { createHouseholdLoaders } from './household/household.loader';
import { gridWorkLoader } from './org-unit/grid-work.loader';
import { createVisitLoaders } from './visit/visit.loader';

export function createCommunityLoaders(db: DataSource) {
  return {
    ...createHouseholdLoaders(db),
    ...createVisitLoaders(db),
    ...createDisputeCaseLoaders(db),
    ...createAssistanceLoaders(db),
    gridWork: gridWorkLoader(db),
  };
}

export type CommunityLoaders = ReturnType<typeof createCommunityLoaders>;
export type CommunityContext = SubgraphContext<CommunityLoaders>;
