import type { DataSource } from 'typeorm';
import type { SubgraphContext } from '@civic/kernel';
import { volunteerStatsLoader } from './org-unit/volunteer-stats.loader';
import { volunteerByIdLoader } from './volunteer/volunteer.loader';

export function createVolunteersLoaders(db: DataSource) {
  return { volunteerById: volunteerByIdLoader(db), volunteerStats: volunteerStatsLoader(db) };
}

export type VolunteersLoaders = ReturnType<typeof createVolunteersLoaders>;
export type VolunteersContext = SubgraphContext<VolunteersLoaders>;
