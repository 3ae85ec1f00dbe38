import { referenceById } from '@civic/kernel';
import type { VolunteersLoaders } from '../loaders';

export const volunteerTeamReference = referenceById((loaders: VolunteersLoaders) => loaders.teamById);
