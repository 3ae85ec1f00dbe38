import { ConnectionType } from '@civic/kernel';
import { TrainingProgram } from './training-program.type';

export const TrainingProgramConnection = ConnectionType(TrainingProgram, 'TrainingProgram', 'training programs (培训项目)');
