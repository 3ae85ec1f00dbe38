import { referenceById } from '@civic/kernel';
import type { CampaignsLoaders } from '../loaders';

export const lectureGroupReference = referenceById((loaders: CampaignsLoaders) => loaders.lectureGroupById);
