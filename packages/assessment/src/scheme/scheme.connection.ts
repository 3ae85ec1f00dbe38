import { ConnectionType } from '@civic/subgraph-kit';
import { AssessmentScheme } from './scheme.type';

export const AssessmentSchemeConnection = ConnectionType(AssessmentScheme, 'AssessmentScheme', 'assessment schemes (考核方案)');
