import { ConnectionType } from '@civic/subgraph-kit';
import { AssessmentEvidence } from './evidence.type';

export const AssessmentEvidenceConnection = ConnectionType(AssessmentEvidence, 'AssessmentEvidence', 'rows behind a figure (考核依据)');
