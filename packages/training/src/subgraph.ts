import { join } from 'node:path';
import { buildFederatedSchema, CreateAuditLog1764374000000, type SubgraphDefinition } from '@civic/kernel';
import { EnrollmentEntity } from './enrollment/enrollment.entity';
import { createTrainingLoaders, type TrainingLoaders } from './loaders';
import { CreateTrainingSchema1764374700000 } from './migrations/1764374700000-CreateTrainingSchema';
import { OneEnrollmentPerVolunteer1764374710000 } from './migrations/1764374710000-OneEnrollmentPerVolunteer';
import { EnrollmentResolver } from './enrollment/enrollment.resolver';
import { EnrollmentMutationResolver } from './enrollment/mutations/enrollment-mutation.resolver';
import { TrainingProgramMutationResolver } from './training-program/mutations/training-program-mutation.resolver';
import { orgUnitRefReference } from '@civic/kernel';
import { OrgUnitTrainingResolver } from './org-unit/org-unit-training.resolver';
import { seedTrainingDemo } from './seed/seed-demo';
import { TrainingProgramEntity } from './training-program/training-program.entity';
import { trainingProgramReference } from './training-program/training-program.reference';
import { TrainingProgramResolver } from './training-program/training-program.resolver';

/** The training subgraph: training programs (培训项目), who organised them and who enrolled. */
export const trainingSubgraph: SubgraphDefinition<TrainingLoaders> = {
  name: 'training',
  schema: 'training',
  defaultPort: 4004,
  sdlPath: join(__dirname, '..', 'schema.graphql'),
  entities: [TrainingProgramEntity, EnrollmentEntity],
  migrations: [CreateAuditLog1764374000000, CreateTrainingSchema1764374700000, OneEnrollmentPerVolunteer1764374710000],
  buildSchema: () =>
    buildFederatedSchema({
      resolvers: [TrainingProgramResolver, TrainingProgramMutationResolver, EnrollmentResolver, EnrollmentMutationResolver, OrgUnitTrainingResolver],
      referenceResolvers: { TrainingProgram: trainingProgramReference, OrgUnit: orgUnitRefReference },
    }),
  createLoaders: createTrainingLoaders,
  seedDemo: seedTrainingDemo,
};
