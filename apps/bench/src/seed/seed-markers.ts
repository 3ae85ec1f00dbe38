import type { Client } from 'pg';

/**
 * The names `seedDemo` of each package records in its `seed_runs` table (see each package's
 * src/seed/seed-demo.ts). Marking them as done makes `npm start` on a scale database skip the demo
 * data instead of adding Huidong on top of the synthetic province. A demo seed added later under a
 * new name would still run: start such a database with SEED_DEMO=false (the bench always does).
 */
export const DEMO_SEED_NAMES: Record<string, readonly string[]> = {
  org: ['huidong-2021', 'reports-2021'],
  volunteers: ['huidong-2021', 'huidong-points-2021', 'huidong-village-orders-2021'],
  campaigns: [
    'huidong-2021',
    'huidong-2021-groups-actions',
    'huidong-2021-online-reach',
    'tongchuan-2021',
    'huidong-2021-calendar',
    'tongchuan-2021-people-works',
  ],
  training: ['huidong-2021', 'huidong-2021-agenda', 'qionglai-2021'],
  workspace: ['huidong-2021'],
  community: ['huidong-grid-2020-2021'],
  assessment: ['huidong-2021'],
};

export function scaleMarker(profile: string, seed: number): string {
  return `scale-${profile}-seed-${seed}`;
}

export async function markSeeded(client: Client, profile: string, seed: number): Promise<void> {
  for (const [schema, names] of Object.entries(DEMO_SEED_NAMES)) {
    await client.query(`INSERT INTO "${schema}".seed_runs (name) SELECT unnest($1::text[]) ON CONFLICT DO NOTHING`, [
      [...names, scaleMarker(profile, seed)],
    ]);
  }
}

/** The scale marker found in org.seed_runs, or null; also whether any org unit exists at all. */
export async function seededState(client: Client): Promise<{ marker: string | null; hasUnits: boolean }> {
  const marker = await client.query<{ name: string }>(`SELECT name FROM org.seed_runs WHERE name LIKE 'scale-%' LIMIT 1`);
  const units = await client.query(`SELECT 1 FROM org.org_unit LIMIT 1`);
  return { marker: marker.rows[0]?.name ?? null, hasUnits: (units.rowCount ?? 0) > 0 };
}
