import type { Identity } from '@civic/runtime';
import { HUIDONG_CENTER, scopedIdentity, TEST_IDENTITIES, type SubgraphHarness } from '@civic/testing';
import { UNIT_TREE } from '@civic/org-tree';

export { HUIDONG_CENTER, TONGCHUAN_CENTER } from '@civic/testing';

export const { ADMIN, ANALYST, ANONYMOUS, VOLUNTEER }: Record<'ADMIN' | 'ANALYST' | 'ANONYMOUS' | 'VOLUNTEER', Identity> = TEST_IDENTITIES;
export const scoped = scopedIdentity;

/** The codes of a township institute under the Huidong center and of a village station under that institute. */
export async function huidongInstituteAndStation(harness: SubgraphHarness): Promise<{ institute: string; station: string }> {
  const [row] = await harness.sql<{ institute: string; station: string }>(
    `SELECT i.code AS institute, s.code AS station
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
