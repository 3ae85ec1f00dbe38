import { referenceById } from '@civic/subgraph-kit';
import type { CampaignsLoaders } from '../loaders';

export const lectureGroupReference = referenceById((loaders: CampaignsLoaders) => loaders.lectureGroupById);
