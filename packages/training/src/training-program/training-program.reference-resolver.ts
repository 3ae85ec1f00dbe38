import { referenceById } from '@civic/subgraph-kit';
import type { TrainingLoaders } from '../loaders';

export const trainingProgramReference = referenceById((loaders: TrainingLoaders) => loaders.trainingProgramById);
