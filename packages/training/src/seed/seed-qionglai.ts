import type { EntityManager } from 'typeorm';
import { QIONGLAI_TRAINING as Q, qionglaiUnitCodes } from './qionglai.data';
import { requireUnitIds } from './unit-codes';

/** Ordinals (1-based) of the two trainees who missed the 7/16 morning visit (illustrative). */
const ABSENT_FROM_LAST_VISIT = [17, 41];
const COMMENTS = ['“一点一特色”的做法值得借鉴', '现场看得到、学得会', '希望多组织此类观摩交流', '讲解清楚，收获很大'];

/** The Qionglai 2021 special training with its agenda, 64 trainees, attendance, certificates and feedback. */
export async function seedQionglai(manager: EntityManager): Promise<void> {
  const units = await requireUnitIds(manager, qionglaiUnitCodes(), 'Qionglai');
  const [{ id: programId }]: { id: number }[] = await manager.query(
    `INSERT INTO training.training_program (title, organizer_unit_id, starts_on, ends_on, audience, place, capacity, created_at)
     VALUES ($1, $2, $3, $4, 'MIXED', $5, $6, '2021-06-30 10:00+08') RETURNING id`,
    [Q.title, units.get(Q.organizerCode), Q.startsOn, Q.endsOn, Q.place, Q.capacity],
  );
  await insertSessions(manager, programId, units);
  await insertTrainees(manager, programId, units);
  await recordAttendanceAndCompletion(manager, programId);
  await insertFeedback(manager, programId);
}

async function insertSessions(manager: EntityManager, programId: number, units: Map<string, number>): Promise<void> {
  const s = Q.sessions;
  await manager.query(
    `INSERT INTO training.training_session (program_id, kind, title, starts_at, ends_at, speaker, speaker_position, visited_unit_id, method)
     SELECT $1, t.kind, t.title, t.starts_at, t.ends_at, t.speaker, t.position, t.unit_id, t.method
     FROM unnest($2::text[], $3::text[], $4::timestamptz[], $5::timestamptz[], $6::text[], $7::text[], $8::int[], $9::text[])
       WITH ORDINALITY AS t(kind, title, starts_at, ends_at, speaker, position, unit_id, method, ord)
     ORDER BY t.ord`,
    [
      programId,
      s.map((x) => x.kind),
      s.map((x) => x.title),
      s.map((x) => x.startsAt),
      s.map((x) => x.endsAt),
      s.map((x) => x.speaker),
      s.map((x) => x.speakerPosition),
      s.map((x) => (x.visitedUnitCode ? units.get(x.visitedUnitCode) : null)),
      s.map((x) => x.method),
    ],
  );
}

/** One row per trainee, in the order of the reported kinds; distinct synthetic names. */
async function insertTrainees(manager: EntityManager, programId: number, units: Map<string, number>): Promise<void> {
  const rows = Q.trainees.flatMap((kind) => Array.from({ length: kind.count }, () => kind));
  const names = rows.map((_, i) => {
    const surname = Q.surnames[i % Q.surnames.length];
    const given = (i + Math.floor(i / Q.surnames.length)) % (Q.givenNames.length / 2);
    return surname + Q.givenNames.slice(given * 2, given * 2 + 2);
  });
  await manager.query(
    `INSERT INTO training.enrollment (program_id, participant_name, participant_position, participant_unit_id, participant_unit_name, attended, created_at)
     SELECT $1, t.name, t.position, t.unit_id, t.unit_name, false, '2021-07-01 09:00+08'::timestamptz + t.ord * interval '97 minutes'
     FROM unnest($2::text[], $3::text[], $4::int[], $5::text[]) WITH ORDINALITY AS t(name, position, unit_id, unit_name, ord)
     ORDER BY t.ord`,
    [
      programId,
      names,
      rows.map((r) => r.position),
      rows.map((r) => (r.unitCode ? units.get(r.unitCode) : null)),
      rows.map((r) => r.unitName),
    ],
  );
}

/** Everyone at every session but two at the last visit; everyone attended and completed on the last day. */
async function recordAttendanceAndCompletion(manager: EntityManager, programId: number): Promise<void> {
  await manager.query(
    `WITH trainee AS (SELECT id, row_number() OVER (ORDER BY id) AS ord FROM training.enrollment WHERE program_id = $1),
          session AS (SELECT id, row_number() OVER (ORDER BY starts_at, id) AS ord, count(*) OVER () AS total FROM training.training_session WHERE program_id = $1)
     INSERT INTO training.session_attendance (session_id, enrollment_id, recorded_at)
     SELECT s.id, t.id, ts.starts_at
     FROM trainee t CROSS JOIN session s JOIN training.training_session ts ON ts.id = s.id
     WHERE NOT (t.ord = ANY($2::int[]) AND s.ord = s.total - 1)`,
    [programId, ABSENT_FROM_LAST_VISIT],
  );
  await manager.query(
    `UPDATE training.enrollment e SET attended = true, completed_on = $3::date, certificate_number = $2 || lpad(t.ord::text, 3, '0')
     FROM (SELECT id, row_number() OVER (ORDER BY id) AS ord FROM training.enrollment WHERE program_id = $1) t
     WHERE e.id = t.id`,
    [programId, Q.certificatePrefix, Q.endsOn],
  );
}

/** Every third trainee rated each session they attended, mostly 5; some left a comment. */
async function insertFeedback(manager: EntityManager, programId: number): Promise<void> {
  await manager.query(
    `WITH trainee AS (SELECT id, row_number() OVER (ORDER BY id) AS ord FROM training.enrollment WHERE program_id = $1),
          session AS (SELECT id, ends_at, row_number() OVER (ORDER BY starts_at, id) AS ord FROM training.training_session WHERE program_id = $1)
     INSERT INTO training.session_feedback (session_id, enrollment_id, rating, comment, created_at)
     SELECT s.id, t.id,
            CASE WHEN (t.ord + s.ord) % 5 = 0 THEN 4 ELSE 5 END,
            CASE WHEN t.ord % 9 = 0 THEN ($2::text[])[1 + ((t.ord + s.ord) % array_length($2::text[], 1))::int] END,
            s.ends_at + interval '10 minutes'
     FROM trainee t
     JOIN training.session_attendance a ON a.enrollment_id = t.id
     JOIN session s ON s.id = a.session_id
     WHERE t.ord % 3 = 0`,
    [programId, COMMENTS],
  );
}
