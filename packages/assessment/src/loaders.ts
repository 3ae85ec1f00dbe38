import type { DataSource } from 'typeorm';
import type { SubgraphContext } from '@civic/subgraph-kit';
import { evidenceLoader } from './evidence/evidence.loader';
import { createIndicatorLoaders } from './indicator/indicator.loader';
import { createInspectionLoaders } from './inspection/inspection.loader';
import { overdueFindingsLoader } from './inspection/overdue.loader';
import { rankingLoader } from './ranking/ranking.loader';
import { createRecognitionLoaders } from './recognition/recognition.loader';
import { createSchemeLoaders } from './scheme/scheme.loader';

export function createAssessmentLoaders(db: DataSource) {
  const indicators = createIndicatorLoaders(db);
  return {
    ...createSchemeLoaders(db),
    ...indicators,
    ranking: rankingLoader(db, indicators.indicatorsOfScheme),
    evidence: evidenceLoader(db),
    ...createInspectionLoaders(db),
    overdueFindings: overdueFindingsLoader(db),
    ...createRecognitionLoaders(db),
  };
}

export type AssessmentLoaders = ReturnType<typeof createAssessmentLoaders>;
export type AssessmentContext = SubgraphContext<AssessmentLoaders>;
