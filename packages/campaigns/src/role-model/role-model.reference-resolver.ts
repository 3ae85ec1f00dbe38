import { referenceById } from '@civic/subgraph-kit';
import type { CampaignsLoaders } from '../loaders';

export const roleModelReference = referenceById((loaders: CampaignsLoaders) => loaders.roleModelById);
