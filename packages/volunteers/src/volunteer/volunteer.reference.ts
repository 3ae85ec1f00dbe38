import { referenceById } from '@civic/kernel';
import type { VolunteersLoaders } from '../loaders';

export const volunteerReference = referenceById((loaders: VolunteersLoaders) => loaders.volunteerById);
