import { join } from 'node:path';
import {
  AuditEntryDetails1764375000000,
  buildFederatedSchema,
  CreateAuditLog1764374000000,
  orgUnitStubReference,
  type SubgraphDefinition,
} from '@civic/subgraph-kit';
import { AssessmentEvidenceResolver } from './evidence/evidence.resolver';
import { IndicatorEntity } from './indicator/indicator.entity';
import { AssessmentIndicatorResolver } from './indicator/indicator.resolver';
import { AssessmentIndicatorMutationResolver } from './indicator/mutations/indicator-mutation.resolver';
import { FindingEntity } from './inspection/finding.entity';
import { InspectionEntity } from './inspection/inspection.entity';
import { InspectionFindingResolver, InspectionResolver } from './inspection/inspection.resolver';
import { InspectionFindingMutationResolver, InspectionMutationResolver } from './inspection/mutations/inspection-mutation.resolver';
import { createAssessmentLoaders, type AssessmentLoaders } from './loaders';
import { CreateAssessmentSchema1764377000000 } from './migrations/1764377000000-CreateAssessmentSchema';
import { OrgUnitAssessmentResolver } from './org-unit/org-unit-assessment.resolver';
import { OrgUnitInspectionsResolver } from './org-unit/org-unit-inspections.resolver';
import { IndicatorScoreResolver, UnitAssessmentResolver } from './ranking/ranking.resolver';
import { RecognitionMutationResolver } from './recognition/mutations/recognition-mutation.resolver';
import { RecognitionEntity } from './recognition/recognition.entity';
import { RecognitionResolver } from './recognition/recognition.resolver';
import {
  OrgUnitRecognitionsResolver,
  VolunteerRecognitionsResolver,
  VolunteerTeamRecognitionsResolver,
} from './recognition/subject-recognitions.resolver';
import { keyReference } from './references/key-reference';
import { AssessmentSchemeMutationResolver } from './scheme/mutations/scheme-mutation.resolver';
import { SchemeEntity } from './scheme/scheme.entity';
import { AssessmentSchemeResolver } from './scheme/scheme.resolver';
import { figuresMaxAgeSettings } from './ranking/figures-max-age';
import { seedAssessmentDemo } from './seed/seed-demo';

/**
 * The assessment subgraph: 督查考核 and 评优. It owns schemes with their indicators, inspections with
 * the fixes they require, and recognitions; it holds no figures of its own. A ranking is a read
 * model across domains: each indicator kind (src/indicator/kinds, one file each) reads the tables of
 * the subgraph that keeps its facts (volunteers, campaigns, training) and the org tree's published
 * view, in the one database all subgraphs share. Scores are computed when read, from figures kept
 * for up to a minute (ranking/figures-snapshots.ts).
 */
export const assessmentSubgraph: SubgraphDefinition<AssessmentLoaders> = {
  name: 'assessment',
  schema: 'assessment',
  defaultPort: 4007,
  sdlPath: join(__dirname, '..', 'schema.graphql'),
  entities: [SchemeEntity, IndicatorEntity, InspectionEntity, FindingEntity, RecognitionEntity],
  migrations: [CreateAuditLog1764374000000, AuditEntryDetails1764375000000, CreateAssessmentSchema1764377000000],
  buildSchema: () =>
    buildFederatedSchema({
      resolvers: [
        AssessmentSchemeResolver,
        AssessmentSchemeMutationResolver,
        AssessmentIndicatorResolver,
        AssessmentIndicatorMutationResolver,
        UnitAssessmentResolver,
        IndicatorScoreResolver,
        AssessmentEvidenceResolver,
        InspectionResolver,
        InspectionFindingResolver,
        InspectionMutationResolver,
        InspectionFindingMutationResolver,
        RecognitionResolver,
        RecognitionMutationResolver,
        OrgUnitAssessmentResolver,
        OrgUnitInspectionsResolver,
        OrgUnitRecognitionsResolver,
        VolunteerRecognitionsResolver,
        VolunteerTeamRecognitionsResolver,
      ],
      referenceResolvers: { OrgUnit: orgUnitStubReference, Volunteer: keyReference, VolunteerTeam: keyReference },
    }),
  createLoaders: createAssessmentLoaders,
  seedDemo: seedAssessmentDemo,
  settings: figuresMaxAgeSettings,
};
