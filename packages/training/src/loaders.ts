import type { DataSource } from 'typeorm';
import type { SubgraphContext } from '@civic/kernel';
import { trainingProgramsByOrganizerLoader } from './org-unit/training-programs.loader';
import { createTrainingProgramLoaders } from './training-program/training-program.loader';

export function createTrainingLoaders(db: DataSource) {
  return { ...createTrainingProgramLoaders(db), trainingProgramsByOrganizer: trainingProgramsByOrganizerLoader(db) };
}

export type TrainingLoaders = ReturnType<typeof createTrainingLoaders>;
export type TrainingContext = SubgraphContext<TrainingLoaders>;
