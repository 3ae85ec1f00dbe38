import { withDatabaseName } from '@civic/kernel';
import { testDatabaseUrl } from '@civic/kernel/testing';
import { trainingSubgraph } from '../src/subgraph';
import { huidongCenterId, seedDemo, startTrainingFixture, type TrainingFixture } from './support/training-fixture';

let fixture: TrainingFixture;

beforeAll(async () => {
  fixture = await startTrainingFixture(testDatabaseUrl());
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
       FROM training.training_program p`,
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
                SELECT 1 FROM org.unit_tree u JOIN org.unit_tree c ON u.path LIKE c.path || '%'
                WHERE c.code = '513426-ZX' AND u.level = 'STATION' AND u.id = e.participant_unit_id))::int AS outside,
              count(*) FILTER (WHERE e.volunteer_id IS NULL OR e.volunteer_id NOT BETWEEN 1 AND 90000)::int AS bad_volunteer,
              count(*)::int - (SELECT count(*)::int FROM (SELECT DISTINCT program_id, volunteer_id FROM training.enrollment) d) AS repeated,
              count(*) FILTER (WHERE e.attended)::int AS attended
       FROM training.enrollment e`,
    );
    expect(check.total).toBe(64 + 48 + 72 + 36);
    expect(check).toMatchObject({ outside: 0, bad_volunteer: 0, repeated: 0 });
    expect(check.attended).toBeGreaterThan(check.total * 0.8);
  });

  it('loads only once', async () => {
    await expect(seedDemo(trainingSubgraph, fixture.training.database.dataSource)).resolves.toBe(false);
    const [{ count }] = await fixture.sql<{ count: number }>(`SELECT count(*)::int AS count FROM training.training_program`);
    expect(count).toBe(4);
  });
});

describe('Huidong training demo data without the org demo data', () => {
  const database = `civic_test_noorg_${process.pid}_${Date.now().toString(36)}`;
  let empty: TrainingFixture | undefined;

  beforeAll(async () => {
    await fixture.sql(`CREATE DATABASE "${database}"`);
    // Both schemas migrated, the org demo data not loaded.
    empty = await startTrainingFixture(withDatabaseName(testDatabaseUrl(), database), { seed: false });
  });

  afterAll(async () => {
    await empty?.stop();
    await fixture.sql(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  });

  it('fails with a message naming the missing center and loads nothing', async () => {
    const db = empty?.training.database.dataSource;
    if (!db || !empty) throw new Error('the empty database did not start');
    await expect(seedDemo(trainingSubgraph, db)).rejects.toThrow('org.unit_tree has no unit with code 513426-ZX');
    await expect(empty.sql(`SELECT name FROM training.seed_runs`)).resolves.toEqual([]);
    await expect(empty.sql(`SELECT id FROM training.training_program`)).resolves.toEqual([]);
  });
});
