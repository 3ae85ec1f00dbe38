import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { createScratchDatabase, queryTestDatabase } from '@civic/testing';
import { parseResidentId, PersonalDataCipher } from '@civic/subgraph-kit';
import { migrateAll } from '../src/seed/migrate-all';
import { planOrg } from '../src/seed/plan-org';
import { planPeople } from '../src/seed/plan-people';
import type { ScaleProfile } from '../src/seed/profiles';
import { Progress } from '../src/seed/progress';
import { seedScale } from '../src/seed/seed-scale';

const TINY: ScaleProfile = {
  name: 'county',
  counties: 3,
  institutes: 9,
  stations: 40,
  volunteers: 2_000,
  serviceRecords: 6_000,
  campaignEvents: 300,
  trainingPrograms: 12,
};
const KEYS = { encryption: 'seed-scale-test-encryption-key', hash: 'seed-scale-test-hash-key' };
const quiet = new Progress(() => undefined);

async function seeded(seed: number): Promise<string> {
  const url = await createScratchDatabase();
  await migrateAll(url, () => undefined);
  await seedScale({ databaseUrl: url, profile: TINY, seed, fresh: false, progress: quiet });
  return url;
}

const one = <T>(url: string, sql: string) => queryTestDatabase<T>(sql, [], url).then((rows) => rows[0]);

/** What the data says, ciphertexts aside (AES-GCM draws a fresh IV). */
const fingerprint = (url: string) =>
  one<{ v: string; r: string; e: string; p: string }>(
    url,
    `SELECT (SELECT md5(string_agg(concat_ws('|', id, name, phone, home_unit_id, total_service_hours, id_number_hash, volunteer_number), ',' ORDER BY id)) FROM volunteers.volunteer) AS v,
            (SELECT md5(string_agg(concat_ws('|', id, volunteer_id, started_at, hours, status, campaign_event_id), ',' ORDER BY id)) FROM volunteers.service_record) AS r,
            (SELECT md5(string_agg(concat_ws('|', id, campaign_id, host_unit_id, held_at, audience_count), ',' ORDER BY id)) FROM campaigns.campaign_event) AS e,
            (SELECT md5(string_agg(concat_ws('|', id, code, path, depth), ',' ORDER BY id)) FROM org.org_unit) AS p`,
  );

describe('seed:scale', () => {
  let url: string;

  beforeAll(async () => {
    process.env.PII_ENCRYPTION_KEY = KEYS.encryption;
    process.env.PII_HASH_KEY = KEYS.hash;
    url = await seeded(7);
  }, 240_000); // a whole small profile, its roll-ups and its points ledger; slow on a loaded CI machine

  it('fills the month roll-up the assessment reads: hours per home unit and month as the records give them', async () => {
    const row = await one<{ wrong: number; months: number }>(
      url,
      `WITH recount AS (
         SELECT v.home_unit_id AS unit_id, date_trunc('month', r.started_at AT TIME ZONE 'Asia/Shanghai')::date AS month, sum(r.hours) AS hours
         FROM volunteers.service_record r JOIN volunteers.volunteer v ON v.id = r.volunteer_id
         WHERE r.status = 'APPROVED' AND v.home_unit_id IS NOT NULL GROUP BY 1, 2
       ), rolled AS (
         SELECT unit_id, month, sum(service_hours) AS hours FROM volunteers.unit_month_rollup GROUP BY 1, 2 HAVING sum(service_hours) <> 0
       )
       SELECT (SELECT count(*)::int FROM recount c FULL JOIN rolled r USING (unit_id, month) WHERE c.hours IS DISTINCT FROM r.hours) AS wrong,
              (SELECT count(*)::int FROM rolled) AS months`,
    );
    expect(row.months).toBeGreaterThan(100);
    expect(row.wrong).toBe(0);
  });

  it('keeps every total exact: total_service_hours is the sum of the approved records', async () => {
    const row = await one<{ wrong: number; volunteers: number; records: number }>(
      url,
      `SELECT (SELECT count(*)::int FROM volunteers.volunteer v WHERE v.total_service_hours <>
                 (SELECT coalesce(sum(hours), 0) FROM volunteers.service_record r WHERE r.volunteer_id = v.id AND r.status = 'APPROVED')) AS wrong,
              (SELECT count(*)::int FROM volunteers.volunteer) AS volunteers, (SELECT count(*)::int FROM volunteers.service_record) AS records`,
    );
    expect(row.wrong).toBe(0);
    expect(row.volunteers).toBe(TINY.volunteers);
    expect(row.records).toBeGreaterThan(TINY.serviceRecords * 0.9);
    expect(row.records).toBeLessThan(TINY.serviceRecords * 1.1);
  });

  it('gives every org unit the materialised path and depth of its parent', async () => {
    const row = await one<{ wrong: number; roots: number }>(
      url,
      `SELECT (SELECT count(*)::int FROM org.org_unit c LEFT JOIN org.org_unit p ON p.id = c.parent_id
               WHERE c.path <> coalesce(p.path, '/') || c.id || '/' OR c.depth <> coalesce(p.depth + 1, 0)) AS wrong,
              (SELECT count(*)::int FROM org.org_unit WHERE parent_id IS NULL) AS roots`,
    );
    expect(row).toEqual({ wrong: 0, roots: TINY.counties });
  });

  it('seals valid resident ID numbers with the PII keys of the environment', async () => {
    const rows = await queryTestDatabase<{ cipher: string; hash: string; birth: string; gender: string }>(
      `SELECT id_number_cipher AS cipher, id_number_hash AS hash, to_char(birth_date, 'YYYY-MM-DD') AS birth, gender FROM volunteers.volunteer ORDER BY id LIMIT 50`,
      [],
      url,
    );
    const cipher = new PersonalDataCipher(KEYS.encryption, KEYS.hash);
    for (const row of rows) {
      const plain = cipher.decrypt(row.cipher);
      expect(parseResidentId(plain)).toBe(plain);
      expect(cipher.hash(plain)).toBe(row.hash);
      expect(`${plain.slice(6, 10)}-${plain.slice(10, 12)}-${plain.slice(12, 14)}`).toBe(row.birth);
    }
  });

  it('writes every table of the four schemas', async () => {
    const empty = await queryTestDatabase<{ name: string }>(
      `SELECT format('%s.%s', n.nspname, c.relname) AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname IN ('org', 'volunteers', 'campaigns', 'training') AND c.relkind = 'r' AND c.relname <> 'migrations'
         AND NOT EXISTS (SELECT 1 FROM pg_stat_user_tables s WHERE s.relid = c.oid AND s.n_live_tup > 0)`,
      [],
      url,
    );
    expect(empty.map((r) => r.name)).toEqual([]);
  });

  it('is deterministic for a seed and different for another', async () => {
    const again = await seeded(7);
    expect(await fingerprint(again)).toEqual(await fingerprint(url));
    const homes = (seed: number) => planPeople(TINY, planOrg(TINY, seed), seed).homeUnit;
    expect(homes(8)).not.toEqual(homes(7));
    expect(homes(7)).toEqual(homes(7));
  });

  it('marks the database seeded: the demo seed adds nothing on top', async () => {
    const before = await one<{ n: number }>(url, `SELECT count(*)::int AS n FROM org.org_unit`);
    const root = join(__dirname, '..', '..', '..');
    for (const pkg of ['org', 'volunteers', 'campaigns', 'training', 'workspace', 'community', 'assessment']) {
      execFileSync(process.execPath, [join(root, 'packages', pkg, 'dist', 'cli.js'), 'seed'], {
        env: { ...process.env, DATABASE_URL: url },
        stdio: 'pipe',
      });
    }
    expect(await one<{ n: number }>(url, `SELECT count(*)::int AS n FROM org.org_unit`)).toEqual(before);
    expect(await one<{ n: number }>(url, `SELECT count(*)::int AS n FROM org.org_unit WHERE code LIKE '513426%'`)).toEqual({ n: 0 });
  });

  it('refuses a database that already holds data', async () => {
    await expect(seedScale({ databaseUrl: url, profile: TINY, seed: 7, fresh: false, progress: quiet })).rejects.toThrow(
      /already has data/,
    );
  });
});
