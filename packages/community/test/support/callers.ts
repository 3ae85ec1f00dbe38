import type { Identity } from '@civic/runtime';
import { HUIDONG_CENTER, scopedIdentity, TEST_IDENTITIES, type SubgraphHarness } from '@civic/testing';
import { UNIT_TREE } from '@civic/org-tree';

export { HUIDONG_CENTER, TONGCHUAN_CENTER } from '@civic/testing';

export const { ADMIN, ANALYST, ANONYMOUS, VOLUNTEER }: Record<'ADMIN' | 'ANALYST' | 'ANONYMOUS' | 'VOLUNTEER', Identity> = TEST_IDENTITIES;
export const scoped = scopedIdentity;

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
