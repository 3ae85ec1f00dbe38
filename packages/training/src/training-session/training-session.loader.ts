import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { groupLoader, idLoader } from '@civic/subgraph-kit';
import { TrainingSessionEntity } from './training-session.entity';

/** Batched reads of the agenda: every load of a request is one statement per kind of question. */
export function createTrainingSessionLoaders(db: DataSource) {
  const sessions = db.getRepository(TrainingSessionEntity);
  return {
    sessionById: idLoader((ids) => sessions.findBy({ id: In(ids) })),
    /** Each program's sessions in time order. */
    sessionsByProgram: groupLoader<number, TrainingSessionEntity>(
      (programIds) => sessions.find({ where: { programId: In([...programIds]) }, order: { startsAt: 'ASC', id: 'ASC' } }),
      (row) => row.programId,
    ),
    /** The site visits each unit hosted, in time order. */
    siteVisitsByUnit: groupLoader<number, TrainingSessionEntity>(
      (unitIds) => sessions.find({ where: { visitedUnitId: In([...unitIds]) }, order: { startsAt: 'ASC', id: 'ASC' } }),
      (row) => row.visitedUnitId as number,
    ),
    /** The sessions each enrollment was present at, in time order. */
    sessionsAttendedByEnrollment: sessionsAttendedLoader(db),
    /** How many were present at each session. */
    attendeeCount: attendeeCountLoader(db),
  };
}

function sessionsAttendedLoader(db: DataSource) {
  return groupLoader<number, AttendedSession>(
    (enrollmentIds) =>
      db.query(
        `SELECT a.enrollment_id AS "enrollmentId", s.id, s.program_id AS "programId", s.kind, s.title, s.starts_at AS "startsAt",
                s.ends_at AS "endsAt", s.speaker, s.speaker_position AS "speakerPosition", s.visited_unit_id AS "visitedUnitId",
                s.method, s.created_at AS "createdAt"
         FROM training.session_attendance a JOIN training.training_session s ON s.id = a.session_id
         WHERE a.enrollment_id = ANY($1::int[])
         ORDER BY s.starts_at, s.id`,
        [[...enrollmentIds]],
      ),
    (row) => row.enrollmentId,
  );
}

type AttendedSession = TrainingSessionEntity & { enrollmentId: number };

function attendeeCountLoader(db: DataSource): DataLoader<number, number> {
  return new DataLoader<number, number>(async (sessionIds) => {
    const rows: { session_id: number; count: number }[] = await db.query(
      `SELECT session_id, count(*)::int AS count FROM training.session_attendance WHERE session_id = ANY($1::int[]) GROUP BY session_id`,
      [[...sessionIds]],
    );
    const bySession = new Map(rows.map((r) => [r.session_id, r.count]));
    return sessionIds.map((id) => bySession.get(id) ?? 0);
  });
}
