import { badUserInput, conflict } from '@civic/runtime';
import { type SubgraphContext, chinaToday } from '@civic/subgraph-kit';
import { enrollmentForWrite } from '../enrollment/enrollment-for-write';
import { EnrollmentEntity } from '../enrollment/enrollment.entity';
import { optionalText } from '../shared/optional-text';
import type { CompleteEnrollmentInput } from './complete-enrollment.input';

/**
 * Records completion and the certificate number, by the organiser's staff. Only for a participant
 * who attended; once (a second completion is CONFLICT, as is a certificate number already given).
 */
export async function completeEnrollment(ctx: SubgraphContext, input: CompleteEnrollmentInput): Promise<EnrollmentEntity> {
  const certificateNumber = optionalText(input.certificateNumber);
  const { enrollment, program } = await enrollmentForWrite(ctx, input.enrollmentId);
  const today = chinaToday();
  const completedOn = input.completedOn ?? today;
  if (completedOn < program.startsOn || completedOn > today) {
    throw badUserInput(`completedOn must be between the program's first day ${program.startsOn} and today ${today}, got ${completedOn}`, {
      argument: 'input.completedOn',
    });
  }
  if (enrollment.completedOn) throw conflict(`enrollment ${enrollment.id} already completed the program on ${enrollment.completedOn}`);
  if (!enrollment.attended) throw badUserInput(`enrollment ${enrollment.id} has not attended the program; mark its attendance first`);

  try {
    return await ctx.db.transaction(async (manager) => {
      const done: unknown[] = await manager.query(
        `UPDATE training.enrollment SET completed_on = $2, certificate_number = $3 WHERE id = $1 AND completed_on IS NULL AND attended RETURNING id`,
        [enrollment.id, completedOn, certificateNumber],
      );
      if (done.length === 0) throw conflict(`enrollment ${enrollment.id} changed meanwhile; read it again`);
      await ctx.audit.record(manager, 'completeEnrollment', 'Enrollment', [enrollment.id]);
      return manager.getRepository(EnrollmentEntity).findOneByOrFail({ id: enrollment.id });
    });
  } catch (err) {
    if ((err as { code?: string }).code !== '23505') throw err;
    throw conflict(`certificateNumber ${certificateNumber} is already given to another participant`);
  }
}
