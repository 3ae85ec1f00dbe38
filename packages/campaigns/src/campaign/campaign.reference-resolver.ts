import { referenceById } from '@civic/subgraph-kit';
import type { CampaignsLoaders } from '../loaders';

export const campaignReference = referenceById((loaders: CampaignsLoaders) => loaders.campaignById);
