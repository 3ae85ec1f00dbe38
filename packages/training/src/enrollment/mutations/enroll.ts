import type { EntityManager } from 'typeorm';
import { badUserInput, conflict, notFound } from '@civic/runtime';
import { parseId, type SubgraphContext, chinaToday } from '@civic/subgraph-kit';
import { refuseCancelledProgram } from '../../training-program/refuse-cancelled';
import { TrainingProgramEntity } from '../../training-program/training-program.entity';
import { EnrollmentEntity } from '../enrollment.entity';
import type { EnrollInput } from './enroll.input';
import { optionalText } from '../../shared/optional-text';
import { requireUnit } from '../../shared/require-unit';

/**
 * Enrolls a participant. A VOLUNTEER signs itself up; staff enroll people of units inside their
 * subtree (the participant's unit, or the organiser's when none is given). The same person twice
 * (the same volunteer, or the same name from the same unit) is CONFLICT; so is a full program,
 * also under concurrent enrollment (the program row is locked while places are counted). A
 * program that has ended, or was cancelled, takes no one.
 */
export async function enroll(ctx: SubgraphContext, input: EnrollInput): Promise<EnrollmentEntity> {
  const participantName = input.participantName.trim();
  const participantPosition = optionalText(input.participantPosition);
  const participantUnitName = optionalText(input.participantUnitName);
  const programId = parseId(input.programId, 'training program');
  const participantUnitId = input.participantUnitId ? parseId(input.participantUnitId, 'org unit') : null;
  const volunteerId = input.volunteerId ? parseId(input.volunteerId, 'volunteer') : null;

  const program = await ctx.db.getRepository(TrainingProgramEntity).findOneBy({ id: programId });
  if (!program) throw notFound('training program', programId);
  refuseCancelledProgram(program);
  const signsItselfUp = volunteerId !== null && ctx.access.isVolunteer(volunteerId);
  if (!signsItselfUp) await ctx.access.requireWrite('training:enroll', participantUnitId ?? program.organizerUnitId);
  else if (participantUnitId !== null) await requireUnit(ctx, participantUnitId);
  if (program.endsOn < chinaToday()) throw badUserInput(`training program ${programId} ended on ${program.endsOn}`);

  try {
    return await ctx.db.transaction(async (manager) => {
      await requirePlace(manager, programId);
      const enrollments = manager.getRepository(EnrollmentEntity);
      const enrollment = await enrollments.save(
        enrollments.create({
          programId,
          participantName,
          participantPosition,
          participantUnitId,
          participantUnitName,
          volunteerId,
          attended: false,
        }),
      );
      await ctx.audit.record(manager, 'enroll', 'Enrollment', [enrollment.id]);
      return enrollments.findOneByOrFail({ id: enrollment.id });
    });
  } catch (err) {
    if ((err as { code?: string }).code !== '23505') throw err;
    throw volunteerId !== null
      ? conflict(`volunteer ${volunteerId} is already enrolled in training program ${programId}`)
      : conflict(`${participantName} of the same unit is already enrolled in training program ${programId}`);
  }
}

/** Locks the program row, so concurrent enrollments count places one after another. */
async function requirePlace(manager: EntityManager, programId: number): Promise<void> {
  const [{ capacity }]: { capacity: number | null }[] = await manager.query(
    `SELECT capacity FROM training.training_program WHERE id = $1 FOR UPDATE`,
    [programId],
  );
  if (capacity === null) return;
  const [{ taken }]: { taken: number }[] = await manager.query(
    `SELECT count(*)::int AS taken FROM training.enrollment WHERE program_id = $1`,
    [programId],
  );
  if (taken >= capacity) throw conflict(`training program ${programId} is full: all ${capacity} places are taken`, { capacity });
}
