import { referenceById } from '@civic/subgraph-kit';
import type { VolunteersLoaders } from '../loaders';

export const volunteerTeamReference = referenceById((loaders: VolunteersLoaders) => loaders.teamById);
