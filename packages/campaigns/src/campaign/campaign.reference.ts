import { referenceById } from '@civic/kernel';
import type { CampaignsLoaders } from '../loaders';

export const campaignReference = referenceById((loaders: CampaignsLoaders) => loaders.campaignById);
