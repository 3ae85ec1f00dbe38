import { referenceById } from '@civic/subgraph-kit';
import type { OrgLoaders } from '../loaders';

export const venueReference = referenceById((loaders: OrgLoaders) => loaders.venueById);
