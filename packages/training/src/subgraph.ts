import { join } from 'node:path';
import {
  buildFederatedSchema,
  CreateAuditLog1764374000000,
  AuditEntryDetails1764375000000,
  orgUnitStubReference,
  type SubgraphDefinition,
} from '@civic/subgraph-kit';
import { AttendanceMutationResolver } from './attendance/attendance-mutation.resolver';
import { SessionAttendanceEntity } from './attendance/session-attendance.entity';
import { CompletionMutationResolver } from './completion/completion-mutation.resolver';
import { EnrollmentEntity } from './enrollment/enrollment.entity';
import { EnrollmentResolver } from './enrollment/enrollment.resolver';
import { EnrollmentMutationResolver } from './enrollment/mutations/enrollment-mutation.resolver';
import { FeedbackMutationResolver } from './feedback/mutations/feedback-mutation.resolver';
import { SessionFeedbackEntity } from './feedback/session-feedback.entity';
import { SessionFeedbackResolver } from './feedback/session-feedback.resolver';
import { createTrainingLoaders, type TrainingLoaders } from './loaders';
import { CreateTrainingSchema1764374700000 } from './migrations/1764374700000-CreateTrainingSchema';
import { OneEnrollmentPerVolunteer1764374710000 } from './migrations/1764374710000-OneEnrollmentPerVolunteer';
import { AgendaAttendanceRecords1764374720000 } from './migrations/1764374720000-AgendaAttendanceRecords';
import { TrainingDailyWork1764375100000 } from './migrations/1764375100000-TrainingDailyWork';
import { EnrollmentParticipantUnitIndex1764377100000 } from './migrations/1764377100000-EnrollmentParticipantUnitIndex';
import { OrgUnitTrainingResolver } from './org-unit/org-unit-training.resolver';
import { seedTrainingDemo } from './seed/seed-demo';
import { TrainingProgramMutationResolver } from './training-program/mutations/training-program-mutation.resolver';
import { TrainingProgramAgendaResolver } from './training-program/training-program-agenda.resolver';
import { TrainingProgramEntity } from './training-program/training-program.entity';
import { trainingProgramReference } from './training-program/training-program.reference-resolver';
import { TrainingProgramResolver } from './training-program/training-program.resolver';
import { TrainingSessionMutationResolver } from './training-session/mutations/training-session-mutation.resolver';
import { TrainingSessionEntity } from './training-session/training-session.entity';
import { TrainingSessionResolver } from './training-session/training-session.resolver';
import { VolunteerEnrollmentsResolver } from './volunteer/volunteer-enrollments.resolver';
import { volunteerStubReference } from './volunteer/volunteer.reference-resolver';

/** The training subgraph: programs (培训项目), their agendas and site visits, trainees, attendance, completion and feedback. */
export const trainingSubgraph: SubgraphDefinition<TrainingLoaders> = {
  name: 'training',
  schema: 'training',
  defaultPort: 4004,
  sdlPath: join(__dirname, '..', 'schema.graphql'),
  entities: [TrainingProgramEntity, EnrollmentEntity, TrainingSessionEntity, SessionAttendanceEntity, SessionFeedbackEntity],
  migrations: [
    CreateAuditLog1764374000000,
    AuditEntryDetails1764375000000,
    CreateTrainingSchema1764374700000,
    OneEnrollmentPerVolunteer1764374710000,
    AgendaAttendanceRecords1764374720000,
    TrainingDailyWork1764375100000,
    EnrollmentParticipantUnitIndex1764377100000,
  ],
  buildSchema: () =>
    buildFederatedSchema({
      resolvers: [
        TrainingProgramResolver,
        TrainingProgramAgendaResolver,
        TrainingProgramMutationResolver,
        TrainingSessionResolver,
        TrainingSessionMutationResolver,
        EnrollmentResolver,
        EnrollmentMutationResolver,
        AttendanceMutationResolver,
        CompletionMutationResolver,
        SessionFeedbackResolver,
        FeedbackMutationResolver,
        OrgUnitTrainingResolver,
        VolunteerEnrollmentsResolver,
      ],
      referenceResolvers: { TrainingProgram: trainingProgramReference, OrgUnit: orgUnitStubReference, Volunteer: volunteerStubReference },
    }),
  createLoaders: createTrainingLoaders,
  seedDemo: seedTrainingDemo,
};
