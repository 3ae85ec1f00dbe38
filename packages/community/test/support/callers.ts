import type { Identity } from '@civic/runtime';
import type { SubgraphHarness } from '@civic/testing';
import { UNIT_TREE } from '@civic/org-tree';

export const HUIDONG_CENTER = '513426-ZX';
/** The Tongchuan city center (packages/org/src/seed/chengdu-tongchuan.plan.ts): another tree altogether. */
export const TONGCHUAN_CENTER = '610200-ZX';

export const ADMIN: Identity = { subject: 'admin-1', role: 'ADMIN' };
export const ANALYST: Identity = { subject: 'analyst-1', role: 'ANALYST' };
export const ANONYMOUS: Identity = { subject: 'anonymous', role: 'ANONYMOUS' };
export const VOLUNTEER: Identity = { subject: 'v-1', role: 'VOLUNTEER', volunteerId: '1' };

/** A staff member of a scoped role at the unit with `orgUnitCode`. */
export const scoped = (role: Identity['role'], orgUnitCode: string, who = 'a'): Identity => ({
  subject: `${role.toLowerCase()}-${orgUnitCode}-${who}`,
  role,
  orgUnitCode,
});

/** A Huidong township institute and a village station under it, by code and id. */
export async function huidongInstituteAndStation(
  harness: SubgraphHarness,
): Promise<{ institute: string; instituteId: string; station: string; stationId: string }> {
  const [row] = await harness.sql<{ institute: string; instituteId: string; station: string; stationId: string }>(
    `SELECT i.code AS institute, i.id::text AS "instituteId", s.code AS station, s.id::text AS "stationId"
     FROM ${UNIT_TREE} c JOIN ${UNIT_TREE} i ON i.parent_id = c.id AND i.level = 'INSTITUTE'
     JOIN ${UNIT_TREE} s ON s.parent_id = i.id AND s.level = 'STATION'
     WHERE c.code = $1 ORDER BY i.id, s.id LIMIT 1`,
    [HUIDONG_CENTER],
  );
  return row;
}

export async function unitIdOf(harness: SubgraphHarness, code: string): Promise<string> {
  const [row] = await harness.sql<{ id: string }>(`SELECT id::text FROM ${UNIT_TREE} WHERE code = $1`, [code]);
  return row.id;
}

/** Rows in every community table, to show a refused write left none behind. */
export async function rowCounts(harness: SubgraphHarness): Promise<Record<string, number>> {
  const [row] = await harness.sql<Record<string, number>>(
    `SELECT (SELECT count(*) FROM community.household)::int AS households, (SELECT count(*) FROM community.visit)::int AS visits,
            (SELECT count(*) FROM community.dispute_case)::int AS disputes, (SELECT count(*) FROM community.dispute_case_step)::int AS steps,
            (SELECT count(*) FROM community.assistance)::int AS assistance, (SELECT count(*) FROM audit.entry)::int AS audit`,
  );
  return row;
}
