import { badUserInput, conflict } from '@civic/runtime';
import { type SubgraphContext, chinaToday } from '@civic/subgraph-kit';
import { enrollmentForWrite } from '../enrollment/enrollment-for-write';
import { EnrollmentEntity } from '../enrollment/enrollment.entity';

/**
 * Marks whether a participant attended the program, by the organiser's staff. Not before the
 * program's first day; clearing it is refused while the participant has completed the program or
 * is recorded present at a session (remove that first with setSessionAttendance).
 */
export async function markAttendance(ctx: SubgraphContext, enrollmentId: string, attended: boolean): Promise<EnrollmentEntity> {
  const { enrollment, program } = await enrollmentForWrite(ctx, enrollmentId);
  if (chinaToday() < program.startsOn)
    throw badUserInput(`training program ${program.id} starts on ${program.startsOn}; attendance is recorded from then`);
  if (!attended) {
    if (enrollment.completedOn)
      throw conflict(`enrollment ${enrollment.id} completed the program on ${enrollment.completedOn}; it cannot be marked absent`);
    const [{ sessions }]: { sessions: number }[] = await ctx.db.query(
      `SELECT count(*)::int AS sessions FROM training.session_attendance WHERE enrollment_id = $1`,
      [enrollment.id],
    );
    if (sessions > 0)
      throw conflict(`enrollment ${enrollment.id} is recorded present at ${sessions} sessions; remove that attendance first`);
  }

  return ctx.db.transaction(async (manager) => {
    const enrollments = manager.getRepository(EnrollmentEntity);
    await enrollments.update({ id: enrollment.id }, { attended });
    await ctx.audit.record(manager, 'markAttendance', 'Enrollment', [enrollment.id]);
    return enrollments.findOneByOrFail({ id: enrollment.id });
  });
}
