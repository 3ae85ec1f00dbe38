import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { TrainingContext } from '../loaders';
import { OrgUnitStub } from '../org-unit/org-unit.stub';
import { TrainingProgram } from '../training-program/training-program.type';
import { TrainingSession } from '../training-session/training-session.type';
import { VolunteerStub } from '../volunteer/volunteer.stub';
import type { EnrollmentEntity } from './enrollment.entity';
import { Enrollment } from './enrollment.type';

@Resolver(() => Enrollment)
export class EnrollmentResolver {
  @FieldResolver(() => TrainingProgram, { description: 'The program enrolled in (培训项目).' })
  async program(@Root() enrollment: EnrollmentEntity, @Ctx() ctx: TrainingContext) {
    return ctx.loaders.trainingProgramById.load(String(enrollment.programId));
  }

  @FieldResolver(() => OrgUnitStub, { nullable: true, description: 'The unit the participant comes from (所在单位).' })
  participantUnit(@Root() enrollment: EnrollmentEntity): OrgUnitStub | null {
    return enrollment.participantUnitId ? { id: String(enrollment.participantUnitId) } : null;
  }

  @FieldResolver(() => VolunteerStub, {
    nullable: true,
    description: "The participant's volunteer record, if a registered volunteer (志愿者).",
  })
  volunteer(@Root() enrollment: EnrollmentEntity): VolunteerStub | null {
    return enrollment.volunteerId ? { id: String(enrollment.volunteerId) } : null;
  }

  @FieldResolver(() => Boolean, { description: 'Whether the participant completed the program (是否结业).' })
  completed(@Root() enrollment: EnrollmentEntity): boolean {
    return enrollment.completedOn !== null;
  }

  @FieldResolver(() => [TrainingSession], { description: 'The sessions the participant was present at, in time order (出勤日程).' })
  attendedSessions(@Root() enrollment: EnrollmentEntity, @Ctx() ctx: TrainingContext) {
    return ctx.loaders.sessionsAttendedByEnrollment.load(enrollment.id);
  }
}
