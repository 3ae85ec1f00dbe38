import type { DataSource } from 'typeorm';
import type { SubgraphContext } from '@civic/subgraph-kit';
import { createEnrollmentLoaders } from './enrollment/enrollment.loader';
import { feedbackSummaryLoader } from './feedback/feedback.loader';
import { trainingProgramsByOrganizerLoader } from './org-unit/training-programs.loader';
import { trainingStatsLoader } from './org-unit/training-stats.loader';
import { createTrainingProgramLoaders } from './training-program/training-program.loader';
import { createTrainingSessionLoaders } from './training-session/training-session.loader';

export function createTrainingLoaders(db: DataSource) {
  return {
    ...createTrainingProgramLoaders(db),
    ...createTrainingSessionLoaders(db),
    ...createEnrollmentLoaders(db),
    trainingProgramsByOrganizer: trainingProgramsByOrganizerLoader(db),
    trainingStats: trainingStatsLoader(db),
    feedbackSummary: feedbackSummaryLoader(db),
  };
}

export type TrainingLoaders = ReturnType<typeof createTrainingLoaders>;
export type TrainingContext = SubgraphContext<TrainingLoaders>;
