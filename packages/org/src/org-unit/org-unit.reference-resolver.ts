import { referenceById } from '@civic/subgraph-kit';
import type { OrgLoaders } from '../loaders';

export const orgUnitReference = referenceById((loaders: OrgLoaders) => loaders.orgUnitById);
