import { referenceById } from '@civic/kernel';
import type { OrgLoaders } from '../loaders';

export const venueReference = referenceById((loaders: OrgLoaders) => loaders.venueById);
