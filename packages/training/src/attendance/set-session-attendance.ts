import { badUserInput, conflict, notFound } from '@civic/runtime';
import { parseId, type SubgraphContext } from '@civic/subgraph-kit';
import { programForWrite } from '../training-program/program-for-write';
import { refuseCancelledProgram } from '../training-program/refuse-cancelled';
import { refuseCancelledSession } from '../training-session/refuse-cancelled-session';
import { TrainingSessionEntity } from '../training-session/training-session.entity';
import type { SetSessionAttendanceInput } from './set-session-attendance.input';

/**
 * Records trainees present at (or removes them from) a session that has started, by the
 * organiser's staff. Present at a session means attended the program. Removing someone who has
 * rated the session is CONFLICT: feedback comes only from attendees.
 */
export async function setSessionAttendance(ctx: SubgraphContext, input: SetSessionAttendanceInput): Promise<TrainingSessionEntity> {
  const sessionId = parseId(input.sessionId, 'training session');
  const ids = [...new Set(input.enrollmentIds.map((id) => parseId(id, 'enrollment')))];
  const session = await ctx.db.getRepository(TrainingSessionEntity).findOneBy({ id: sessionId });
  if (!session) throw notFound('training session', sessionId);
  refuseCancelledProgram(await programForWrite(ctx, session.programId));
  if (input.present) refuseCancelledSession(session);
  if (session.startsAt > new Date())
    throw badUserInput(`training session ${sessionId} starts at ${session.startsAt.toISOString()}; attendance is recorded from then`);
  const rows: { id: number }[] = await ctx.db.query(`SELECT id FROM training.enrollment WHERE id = ANY($1::int[]) AND program_id = $2`, [
    ids,
    session.programId,
  ]);
  const found = new Set(rows.map((r) => r.id));
  const strangers = ids.filter((id) => !found.has(id));
  if (strangers.length > 0)
    throw badUserInput(`enrollmentIds ${strangers.join(', ')} are not enrollments of training program ${session.programId}`);

  try {
    await ctx.db.transaction(async (manager) => {
      if (input.present) {
        await manager.query(
          `INSERT INTO training.session_attendance (session_id, enrollment_id) SELECT $1, unnest($2::int[]) ON CONFLICT DO NOTHING`,
          [sessionId, ids],
        );
        await manager.query(`UPDATE training.enrollment SET attended = true WHERE id = ANY($1::int[])`, [ids]);
      } else {
        await manager.query(`DELETE FROM training.session_attendance WHERE session_id = $1 AND enrollment_id = ANY($2::int[])`, [
          sessionId,
          ids,
        ]);
      }
      await ctx.audit.record(manager, 'setSessionAttendance', 'Enrollment', ids);
    });
  } catch (err) {
    if ((err as { code?: string }).code !== '23503') throw err;
    throw conflict(`some of enrollments ${ids.join(', ')} have rated training session ${sessionId}; their attendance stays`);
  }
  return session;
}
