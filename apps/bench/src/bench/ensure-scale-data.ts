import { Client } from 'pg';
import { migrateAll } from '../seed/migrate-all';
import type { ScaleProfile } from '../seed/profiles';
import type { Progress } from '../seed/progress';
import { seedScale } from '../seed/seed-scale';

/**
 * Migrates (each subgraph's CLI), then makes sure the database holds `profile`'s scale data: an
 * empty database is seeded (with the bench's PII keys, already in the environment); one holding
 * other data is refused rather than measured by mistake. Returns the seeding time, if it seeded.
 */
export async function ensureScaleData(
  databaseUrl: string,
  profile: ScaleProfile,
  seed: number,
  progress: Progress,
): Promise<{ marker: string; seededSeconds: number | null }> {
  await migrateAll(databaseUrl, () => undefined);
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  let markers: string[];
  let hasUnits: boolean;
  try {
    markers = (await client.query<{ name: string }>(`SELECT name FROM org.seed_runs WHERE name LIKE 'scale-%'`)).rows.map((r) => r.name);
    hasUnits = ((await client.query(`SELECT 1 FROM org.org_unit LIMIT 1`)).rowCount ?? 0) > 0;
  } finally {
    await client.end();
  }
  const mine = markers.find((m) => m.startsWith(`scale-${profile.name}-`));
  if (mine) return { marker: mine, seededSeconds: null };
  if (hasUnits) {
    throw new Error(
      `the database holds ${markers[0] ?? 'other (demo?) data'}, not the ${profile.name} profile: use an empty database or one seeded with --profile ${profile.name}`,
    );
  }
  progress.note(`seeding the ${profile.name} profile (seed ${seed})`);
  const started = Date.now();
  await seedScale({ databaseUrl, profile, seed, fresh: false, progress });
  return { marker: `scale-${profile.name}-seed-${seed}`, seededSeconds: (Date.now() - started) / 1000 };
}
