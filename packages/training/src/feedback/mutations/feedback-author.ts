import { badUserInput, forbidden, notFound } from '@civic/runtime';
import { parseId, type SubgraphContext } from '@civic/subgraph-kit';
import { programForWrite } from '../../training-program/program-for-write';
import type { TrainingSessionEntity } from '../../training-session/training-session.entity';

/**
 * Whose feedback on `session` this caller may give, as an enrollment id: a VOLUNTEER its own, if it
 * was present at the session (FORBIDDEN otherwise); the organiser's staff (training:write) that of
 * an attendee they name. Anyone else is refused by the kernel's rules.
 */
export async function feedbackAuthor(
  ctx: SubgraphContext,
  session: TrainingSessionEntity,
  enrollmentId: string | null | undefined,
): Promise<number> {
  const { identity } = ctx.access;
  if (identity.role === 'VOLUNTEER') {
    const rows: { id: number; present: boolean }[] = await ctx.db.query(
      `SELECT e.id, EXISTS (SELECT 1 FROM training.session_attendance a WHERE a.session_id = $2 AND a.enrollment_id = e.id) AS present
       FROM training.enrollment e WHERE e.program_id = $1 AND e.volunteer_id = $3`,
      [session.programId, session.id, Number(identity.volunteerId)],
    );
    const own = rows[0];
    if (!own?.present)
      throw forbidden(`a volunteer may rate only sessions it attended; it was not present at training session ${session.id}`);
    if (enrollmentId && parseId(enrollmentId, 'enrollment') !== own.id) throw forbidden('a volunteer may give only its own feedback');
    return own.id;
  }
  await programForWrite(ctx, session.programId);
  if (!enrollmentId) throw badUserInput('enrollmentId is required when staff record feedback');
  const id = parseId(enrollmentId, 'enrollment');
  const [row]: { program_id: number; present: boolean }[] = await ctx.db.query(
    `SELECT e.program_id, EXISTS (SELECT 1 FROM training.session_attendance a WHERE a.session_id = $2 AND a.enrollment_id = e.id) AS present
     FROM training.enrollment e WHERE e.id = $1`,
    [id, session.id],
  );
  if (!row || row.program_id !== session.programId) throw notFound('enrollment', id);
  if (!row.present) throw badUserInput(`enrollment ${id} was not present at training session ${session.id}; only attendees give feedback`);
  return id;
}
