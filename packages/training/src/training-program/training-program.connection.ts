import { ConnectionType } from '@civic/subgraph-kit';
import { TrainingProgram } from './training-program.type';

export const TrainingProgramConnection = ConnectionType(TrainingProgram, 'TrainingProgram', 'training programs (培训项目)');
