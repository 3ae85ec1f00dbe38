import { badUserInput, conflict, notFound, parseId, type SubgraphContext } from '@civic/kernel';
import { TrainingProgramEntity } from '../../training-program/training-program.entity';
import { EnrollmentEntity } from '../enrollment.entity';
import type { EnrollInput } from './enroll.input';

/**
 * Enrolls a participant. A VOLUNTEER signs itself up; staff enroll people of units inside their
 * subtree (the participant's unit, or the organiser's when none is given). A volunteer enrolls
 * in a program once; a program that has ended takes no one.
 */
export async function enroll(ctx: SubgraphContext, input: EnrollInput): Promise<EnrollmentEntity> {
  const participantName = input.participantName.trim();
  if (participantName.length === 0 || participantName.length > 50) throw badUserInput('participantName must be 1 to 50 characters');
  const programId = parseId(input.programId, 'training program');
  const participantUnitId = input.participantUnitId ? parseId(input.participantUnitId, 'org unit') : null;
  const volunteerId = input.volunteerId ? parseId(input.volunteerId, 'volunteer') : null;

  const program = await ctx.db.getRepository(TrainingProgramEntity).findOneBy({ id: programId });
  if (!program) throw notFound('training program', programId);
  const signsItselfUp = volunteerId !== null && ctx.access.isVolunteer(volunteerId);
  if (!signsItselfUp) await ctx.access.requireWrite('training:enroll', participantUnitId ?? program.organizerUnitId);
  if (program.endsOn < today()) throw badUserInput(`training program ${programId} ended on ${program.endsOn}`);

  try {
    return await ctx.db.transaction(async (manager) => {
      const enrollments = manager.getRepository(EnrollmentEntity);
      const enrollment = await enrollments.save(enrollments.create({ programId, participantName, participantUnitId, volunteerId, attended: false }));
      await ctx.audit.record(manager, 'enroll', 'Enrollment', [enrollment.id]);
      return enrollment;
    });
  } catch (err) {
    if ((err as { code?: string }).code === '23505') throw conflict(`volunteer ${volunteerId} is already enrolled in training program ${programId}`);
    throw err;
  }
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}
