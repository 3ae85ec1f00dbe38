import { referenceById } from '@civic/subgraph-kit';
import type { CampaignsLoaders } from '../loaders';

export const campaignEventReference = referenceById((loaders: CampaignsLoaders) => loaders.campaignEventById);
