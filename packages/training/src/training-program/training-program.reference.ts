import { referenceById } from '@civic/kernel';
import type { TrainingLoaders } from '../loaders';

export const trainingProgramReference = referenceById((loaders: TrainingLoaders) => loaders.trainingProgramById);
