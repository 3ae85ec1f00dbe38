import { referenceById } from '@civic/kernel';
import type { CampaignsLoaders } from '../loaders';

export const campaignEventReference = referenceById((loaders: CampaignsLoaders) => loaders.campaignEventById);
