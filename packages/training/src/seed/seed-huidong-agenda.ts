import type { EntityManager } from 'typeorm';
import { HUIDONG_AGENDA as A } from './huidong-agenda.data';
import { HUIDONG_TRAINING as H } from './huidong.data';

interface PlannedSession {
  programId: number;
  kind: string;
  title: string;
  startsAt: string;
  endsAt: string;
  speakerPosition: string;
}

/** Agendas of the four Huidong trainings; who attended was present throughout and completed on the last day. */
export async function seedHuidongAgenda(manager: EntityManager): Promise<void> {
  const programs: { id: number; title: string; starts_on: string }[] = await manager.query(
    `SELECT id, title, starts_on::text FROM training.training_program WHERE title = ANY($1::text[])`,
    [H.programs.map((p) => p.title)],
  );
  const byTitle = new Map(programs.map((p) => [p.title, p]));
  const sessions = H.programs.flatMap((planned, k): PlannedSession[] => {
    const program = byTitle.get(planned.title);
    if (!program) throw new Error(`the Huidong training "${planned.title}" is missing: load the huidong-2021 demo data first`);
    return agendaOf(program.id, program.starts_on, planned.title, k);
  });
  await manager.query(
    `INSERT INTO training.training_session (program_id, kind, title, starts_at, ends_at, speaker_position)
     SELECT * FROM unnest($1::int[], $2::text[], $3::text[], $4::timestamptz[], $5::timestamptz[], $6::text[])`,
    [
      sessions.map((s) => s.programId),
      sessions.map((s) => s.kind),
      sessions.map((s) => s.title),
      sessions.map((s) => s.startsAt),
      sessions.map((s) => s.endsAt),
      sessions.map((s) => s.speakerPosition),
    ],
  );
  const ids = programs.map((p) => p.id);
  await manager.query(
    `INSERT INTO training.session_attendance (session_id, enrollment_id, recorded_at)
     SELECT s.id, e.id, s.starts_at FROM training.training_session s JOIN training.enrollment e ON e.program_id = s.program_id
     WHERE s.program_id = ANY($1::int[]) AND e.attended`,
    [ids],
  );
  await manager.query(
    `UPDATE training.enrollment e SET completed_on = p.ends_on,
            certificate_number = $2 || t.program_ord || '-' || lpad(t.ord::text, 3, '0')
     FROM (SELECT e2.id, e2.program_id, row_number() OVER (PARTITION BY e2.program_id ORDER BY e2.id) AS ord,
                  array_position($1::int[], e2.program_id) AS program_ord
           FROM training.enrollment e2 WHERE e2.program_id = ANY($1::int[]) AND e2.attended) t
     JOIN training.training_program p ON p.id = t.program_id
     WHERE e.id = t.id`,
    [H.programs.map((p) => byTitle.get(p.title)?.id), A.certificatePrefix],
  );
}

/** Opening, one departmental lecture a day, closing; China Standard Time. */
function agendaOf(programId: number, startsOn: string, title: string, k: number): PlannedSession[] {
  const lectures = A.lectures[k];
  const day = (d: number) => addDays(startsOn, d);
  const at = (d: number, time: string) => `${day(d)}T${time}:00+08:00`;
  const last = lectures.titles.length - 1;
  return [
    {
      programId,
      kind: 'OPENING',
      title: `开班仪式：${title}`,
      startsAt: at(0, '09:00'),
      endsAt: at(0, '09:30'),
      speakerPosition: A.openingSpeakerPosition,
    },
    ...lectures.titles.map((lecture, d) => ({
      programId,
      kind: 'LECTURE',
      title: lecture,
      startsAt: at(d, d === 0 ? '09:30' : '09:00'),
      endsAt: at(d, '12:00'),
      speakerPosition: lectures.position,
    })),
    {
      programId,
      kind: 'CLOSING',
      title: '结业仪式',
      startsAt: at(last, '16:30'),
      endsAt: at(last, '17:00'),
      speakerPosition: A.openingSpeakerPosition,
    },
  ];
}

function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
