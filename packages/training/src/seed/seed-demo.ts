import type { DataSource, EntityManager } from 'typeorm';
import { isUnitTreePublished, UNIT_TREE, unitIdsByCode, unitsInSubtreeOfCode } from '@civic/org-tree';
import { seedOnce } from '@civic/subgraph-kit';
import { HUIDONG_TRAINING as H } from './huidong.data';
import { seedHuidongAgenda } from './seed-huidong-agenda';
import { seedQionglai } from './seed-qionglai';

/**
 * Loads, each once (a database seeded earlier gets only the parts it lacks), Huidong's four 2021
 * volunteer trainings and their trainees, then their agendas, attendance and certificates, then the
 * Qionglai 2021 special training; needs the org demo data. True when any part was loaded now.
 */
export async function seedTrainingDemo(db: DataSource): Promise<boolean> {
  const huidong = await seedOnce(db, 'training', 'huidong-2021', async (manager) => {
    const centerId = await findCenter(manager);
    const stations = await stationsUnder(manager, H.centerCode);
    const programIds = await insertPrograms(manager, centerId);
    await insertEnrollments(manager, programIds, stations);
  });
  const agenda = await seedOnce(db, 'training', 'huidong-2021-agenda', seedHuidongAgenda);
  const qionglai = await seedOnce(db, 'training', 'qionglai-2021', seedQionglai);
  return huidong || agenda || qionglai;
}

async function findCenter(manager: EntityManager): Promise<number> {
  if (!(await isUnitTreePublished(manager)))
    throw new Error(`${UNIT_TREE} does not exist: migrate and seed the org subgraph before the training demo data`);
  const centerId = (await unitIdsByCode(manager, [H.centerCode])).get(H.centerCode);
  if (centerId === undefined) {
    throw new Error(
      `${UNIT_TREE} has no unit with code ${H.centerCode} (会东县新时代文明实践中心): load the org demo data before the training demo data`,
    );
  }
  return centerId;
}

async function stationsUnder(manager: EntityManager, centerCode: string): Promise<number[]> {
  const stations = await unitsInSubtreeOfCode(manager, centerCode, ['STATION']);
  if (stations.length === 0) throw new Error(`${UNIT_TREE} has no stations under ${centerCode}: load the org demo data first`);
  return stations.map((s) => s.id);
}

/** The four programs, in report order; returns their ids in the same order. */
async function insertPrograms(manager: EntityManager, centerId: number): Promise<number[]> {
  const p = H.programs;
  const rows: { id: number; title: string }[] = await manager.query(
    `INSERT INTO training.training_program (title, organizer_unit_id, starts_on, ends_on, audience, place, capacity, created_at)
     SELECT t.title, $1, t.starts_on, t.ends_on, 'VOLUNTEERS', t.place, t.capacity,
            (t.starts_on::text || ' 09:00+08')::timestamptz - interval '30 days'
     FROM unnest($2::text[], $3::date[], $4::date[], $5::text[], $6::int[]) WITH ORDINALITY AS t(title, starts_on, ends_on, place, capacity, ord)
     ORDER BY t.ord
     RETURNING id, title`,
    [centerId, p.map((x) => x.title), p.map((x) => x.startsOn), p.map((x) => x.endsOn), p.map((x) => x.place), p.map((x) => x.capacity)],
  );
  const idByTitle = new Map(rows.map((r) => [r.title, r.id]));
  return p.map((x) => idByTitle.get(x.title) as number);
}

/**
 * Synthetic but deterministic trainees: each a registered volunteer (distinct within a program)
 * from one of the center's stations; nine in ten attended. Enrolled in the two weeks before the start.
 */
async function insertEnrollments(manager: EntityManager, programIds: number[], stations: number[]): Promise<void> {
  await manager.query(
    `INSERT INTO training.enrollment (program_id, participant_name, participant_unit_id, volunteer_id, attended, created_at)
     SELECT p.program_id,
            substr($3::text, 1 + ((p.ord * 17 + g * 7) % length($3::text))::int, 1)
              || substr($4::text, 1 + 2 * ((p.ord * 5 + g * 3) % (length($4::text) / 2))::int, 2),
            ($5::int[])[1 + abs(hashint4((p.ord * 1000 + g)::int)::bigint) % array_length($5::int[], 1)],
            1 + (p.ord * 20011 + g * 1237) % $6::int,
            g % 10 <> 0,
            (tp.starts_on::text || ' 09:00+08')::timestamptz - interval '14 days' + g * interval '10 minutes'
     FROM unnest($1::int[], $2::int[]) WITH ORDINALITY AS p(program_id, enrollment_count, ord)
     JOIN training.training_program tp ON tp.id = p.program_id
     CROSS JOIN LATERAL generate_series(1, p.enrollment_count) AS g
     ORDER BY p.ord, g`,
    [programIds, H.programs.map((x) => x.enrollmentCount), H.surnames, H.givenNames, stations, H.volunteerIdRange],
  );
}
