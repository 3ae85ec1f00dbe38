import { testDatabaseUrl, startSubgraphHarness, type SubgraphHarness } from '@civic/testing';
import { withDatabaseName } from '@civic/subgraph-kit';
import { orgSubgraph } from '@civic/org';
import { UNIT_TREE } from '@civic/org-tree';
import { trainingSubgraph } from '../src/subgraph';
import { huidongCenterId, seedDemo } from './support/training-fixture';

let fixture: SubgraphHarness;

beforeAll(async () => {
  fixture = await startSubgraphHarness([orgSubgraph, trainingSubgraph], { databaseUrl: testDatabaseUrl() });
});

afterAll(async () => {
  await fixture?.stop();
});

describe('Huidong training demo data', () => {
  it("holds the report's four 2021 volunteer trainings, organised by the county center", async () => {
    const centerId = await huidongCenterId(fixture);
    const programs = await fixture.sql<{ organizer_unit_id: number; audience: string; year: number; enrolled: number; capacity: number }>(
      `SELECT p.organizer_unit_id, p.audience, extract(year FROM p.starts_on)::int AS year, p.capacity,
              (SELECT count(*)::int FROM training.enrollment e WHERE e.program_id = p.id) AS enrolled
       FROM training.training_program p WHERE p.title LIKE '2021年会东县%'`,
    );
    expect(programs).toHaveLength(4);
    for (const p of programs) {
      expect(p).toMatchObject({ organizer_unit_id: centerId, audience: 'VOLUNTEERS', year: 2021 });
      expect(p.enrolled).toBeGreaterThanOrEqual(30);
      expect(p.enrolled).toBeLessThanOrEqual(Math.min(80, p.capacity));
    }
  });

  it('enrolls distinct demo volunteers from stations under the center', async () => {
    const [check] = await fixture.sql<{ total: number; outside: number; bad_volunteer: number; repeated: number; attended: number }>(
      `SELECT count(*)::int AS total,
              count(*) FILTER (WHERE NOT EXISTS (
                SELECT 1 FROM ${UNIT_TREE} u JOIN ${UNIT_TREE} c ON u.path LIKE c.path || '%'
                WHERE c.code = '513426-ZX' AND u.level = 'STATION' AND u.id = e.participant_unit_id))::int AS outside,
              count(*) FILTER (WHERE e.volunteer_id IS NULL OR e.volunteer_id NOT BETWEEN 1 AND 90000)::int AS bad_volunteer,
              count(*)::int - count(DISTINCT (e.program_id, e.volunteer_id))::int AS repeated,
              count(*) FILTER (WHERE e.attended)::int AS attended
       FROM training.enrollment e JOIN training.training_program p ON p.id = e.program_id WHERE p.title LIKE '2021年会东县%'`,
    );
    expect(check.total).toBe(64 + 48 + 72 + 36);
    expect(check).toMatchObject({ outside: 0, bad_volunteer: 0, repeated: 0 });
    expect(check.attended).toBeGreaterThan(check.total * 0.8);
  });

  it('gives each training an opening, one departmental lecture a day and a closing; who attended was present throughout and completed', async () => {
    const rows = await fixture.sql<{
      title: string;
      kinds: string[];
      outside: number;
      attended: number;
      present_everywhere: number;
      completed: number;
      certificates: number;
    }>(
      `SELECT p.title,
              (SELECT array_agg(s.kind ORDER BY s.starts_at, s.id) FROM training.training_session s WHERE s.program_id = p.id) AS kinds,
              (SELECT count(*)::int FROM training.training_session s WHERE s.program_id = p.id
                 AND ((s.starts_at AT TIME ZONE 'Asia/Shanghai')::date < p.starts_on OR (s.ends_at AT TIME ZONE 'Asia/Shanghai')::date > p.ends_on)) AS outside,
              (SELECT count(*)::int FROM training.enrollment e WHERE e.program_id = p.id AND e.attended) AS attended,
              (SELECT count(*)::int FROM training.enrollment e WHERE e.program_id = p.id AND e.attended
                 AND (SELECT count(*) FROM training.session_attendance a WHERE a.enrollment_id = e.id) = (SELECT count(*) FROM training.training_session s WHERE s.program_id = p.id)) AS present_everywhere,
              (SELECT count(*)::int FROM training.enrollment e WHERE e.program_id = p.id AND e.completed_on = p.ends_on) AS completed,
              (SELECT count(DISTINCT e.certificate_number)::int FROM training.enrollment e WHERE e.program_id = p.id) AS certificates
       FROM training.training_program p WHERE p.title LIKE '2021年会东县%' ORDER BY p.starts_on`,
    );
    expect(rows.map((r) => r.kinds)).toEqual([
      ['OPENING', 'LECTURE', 'LECTURE', 'CLOSING'],
      ['OPENING', 'LECTURE', 'CLOSING'],
      ['OPENING', 'LECTURE', 'LECTURE', 'LECTURE', 'CLOSING'],
      ['OPENING', 'LECTURE', 'LECTURE', 'CLOSING'],
    ]);
    for (const r of rows)
      expect(r).toMatchObject({ outside: 0, present_everywhere: r.attended, completed: r.attended, certificates: r.attended });
  });

  it('loads only once, each part', async () => {
    const before = await fixture.sql<{ n: number }>(
      `SELECT (SELECT count(*) FROM training.training_program) + (SELECT count(*) FROM training.training_session)
            + (SELECT count(*) FROM training.enrollment) + (SELECT count(*) FROM training.session_attendance)
            + (SELECT count(*) FROM training.session_feedback) AS n`,
    );
    await expect(seedDemo(trainingSubgraph, fixture.subgraphs.training.database.dataSource)).resolves.toBe(false);
    const [{ count }] = await fixture.sql<{ count: number }>(`SELECT count(*)::int AS count FROM training.training_program`);
    expect(count).toBe(5);
    await expect(fixture.sql(`SELECT name FROM training.seed_runs ORDER BY name`)).resolves.toEqual([
      { name: 'huidong-2021' },
      { name: 'huidong-2021-agenda' },
      { name: 'qionglai-2021' },
    ]);
    const after = await fixture.sql<{ n: number }>(
      `SELECT (SELECT count(*) FROM training.training_program) + (SELECT count(*) FROM training.training_session)
            + (SELECT count(*) FROM training.enrollment) + (SELECT count(*) FROM training.session_attendance)
            + (SELECT count(*) FROM training.session_feedback) AS n`,
    );
    expect(after).toEqual(before);
  });
});

describe('Qionglai 2021 special training demo data', () => {
  it('runs 7/14–7/16, organised by the Qionglai center, for 60+ trainees within its capacity', async () => {
    const [program] = await fixture.sql<{
      organizer: string;
      starts_on: string;
      ends_on: string;
      audience: string;
      capacity: number;
      enrolled: number;
    }>(
      `SELECT u.code AS organizer, p.starts_on::text, p.ends_on::text, p.audience, p.capacity,
              (SELECT count(*)::int FROM training.enrollment e WHERE e.program_id = p.id) AS enrolled
       FROM training.training_program p JOIN ${UNIT_TREE} u ON u.id = p.organizer_unit_id
       WHERE p.title = '邛崃市2021年新时代文明实践专题学习提升培训'`,
    );
    expect(program).toMatchObject({ organizer: '510183-ZX', starts_on: '2021-07-14', ends_on: '2021-07-16', audience: 'MIXED' });
    expect(program.enrolled).toBeGreaterThan(60);
    expect(program.enrolled).toBeLessThanOrEqual(program.capacity);
  });

  it('has the reported agenda: two opening speeches, lectures, six site visits across three counties, then the 7/16 discussion', async () => {
    const sessions = await fixture.sql<{
      kind: string;
      day: string;
      speaker: string | null;
      position: string | null;
      visited: string | null;
      method: string | null;
    }>(
      `SELECT s.kind, (s.starts_at AT TIME ZONE 'Asia/Shanghai')::date::text AS day, s.speaker, s.speaker_position AS position, u.code AS visited, s.method
       FROM training.training_session s JOIN training.training_program p ON p.id = s.program_id
       LEFT JOIN ${UNIT_TREE} u ON u.id = s.visited_unit_id
       WHERE p.title = '邛崃市2021年新时代文明实践专题学习提升培训' ORDER BY s.starts_at, s.id`,
    );
    expect(sessions.map((s) => s.kind)).toEqual(['OPENING', 'OPENING', 'LECTURE', 'LECTURE', ...Array(6).fill('SITE_VISIT'), 'DISCUSSION']);
    expect(sessions.slice(0, 2).map((s) => [s.day, s.speaker, s.position])).toEqual([
      ['2021-07-14', '周洪彬', '市委常委、宣传部部长'],
      ['2021-07-14', '霍川', '市文明办主任'],
    ]);
    const visits = sessions.filter((s) => s.kind === 'SITE_VISIT');
    expect(visits.map((s) => s.visited)).toEqual([
      '510115-ZX',
      '510115003000-SJS',
      '510115003001-SJZ',
      '510118001001-SJZ',
      '510118001002-SJZ',
      '510183001001-SJZ',
    ]);
    expect(new Set(visits.map((s) => s.visited?.slice(0, 6)))).toEqual(new Set(['510115', '510118', '510183']));
    expect(visits.every((s) => s.method === '一听二看三交流')).toBe(true);
    expect(sessions.at(-1)?.day).toBe('2021-07-16');
  });

  it('enrolls distinct trainees from the reported kinds of units, who attended, completed and rated sessions they were at', async () => {
    const [check] = await fixture.sql<{
      total: number;
      names: number;
      with_unit: number;
      with_text: number;
      certificates: number;
      completed: number;
      absences: number;
      feedback: number;
      feedback_without_attendance: number;
    }>(
      `WITH e AS (SELECT e.* FROM training.enrollment e JOIN training.training_program p ON p.id = e.program_id
                  WHERE p.title = '邛崃市2021年新时代文明实践专题学习提升培训')
       SELECT count(*)::int AS total, count(DISTINCT participant_name)::int AS names,
              count(participant_unit_id)::int AS with_unit, count(participant_unit_name)::int AS with_text,
              count(DISTINCT certificate_number)::int AS certificates, count(*) FILTER (WHERE completed_on = '2021-07-16')::int AS completed,
              (SELECT count(*)::int FROM e CROSS JOIN training.training_session s
                 WHERE s.program_id = (SELECT program_id FROM e LIMIT 1)
                   AND NOT EXISTS (SELECT 1 FROM training.session_attendance a WHERE a.session_id = s.id AND a.enrollment_id = e.id)) AS absences,
              (SELECT count(*)::int FROM training.session_feedback f WHERE f.enrollment_id IN (SELECT id FROM e)) AS feedback,
              (SELECT count(*)::int FROM training.session_feedback f WHERE f.enrollment_id IN (SELECT id FROM e)
                 AND NOT EXISTS (SELECT 1 FROM training.session_attendance a WHERE a.session_id = f.session_id AND a.enrollment_id = f.enrollment_id)) AS feedback_without_attendance
       FROM e`,
    );
    expect(check).toMatchObject({
      total: 64,
      names: 64,
      with_unit: 3,
      with_text: 61,
      certificates: 64,
      completed: 64,
      absences: 2,
      feedback_without_attendance: 0,
    });
    expect(check.feedback).toBeGreaterThan(100);
  });
});

describe('Huidong training demo data without the org demo data', () => {
  const database = `civic_test_noorg_${process.pid}_${Date.now().toString(36)}`;
  let empty: SubgraphHarness | undefined;

  beforeAll(async () => {
    await fixture.sql(`CREATE DATABASE "${database}"`);
    // Both schemas migrated, the org demo data not loaded.
    empty = await startSubgraphHarness([orgSubgraph, trainingSubgraph], {
      databaseUrl: withDatabaseName(testDatabaseUrl(), database),
      seed: false,
    });
  });

  afterAll(async () => {
    await empty?.stop();
    await fixture.sql(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  });

  it('fails with a message naming the missing center and loads nothing', async () => {
    const db = empty?.subgraphs.training.database.dataSource;
    if (!db || !empty) throw new Error('the empty database did not start');
    await expect(seedDemo(trainingSubgraph, db)).rejects.toThrow(`${UNIT_TREE} has no unit with code 513426-ZX`);
    await expect(empty.sql(`SELECT name FROM training.seed_runs`)).resolves.toEqual([]);
    await expect(empty.sql(`SELECT id FROM training.training_program`)).resolves.toEqual([]);
  });
});
