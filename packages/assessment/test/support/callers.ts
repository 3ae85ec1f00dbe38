import type { Identity } from '@civic/runtime';
import { UNIT_TREE } from '@civic/org-tree';
import { HUIDONG_CENTER, scopedIdentity, TEST_IDENTITIES, type SubgraphHarness } from '@civic/testing';

export { HUIDONG_CENTER, TONGCHUAN_CENTER } from '@civic/testing';

export const { ADMIN, ANALYST, ANONYMOUS, VOLUNTEER }: Record<'ADMIN' | 'ANALYST' | 'ANONYMOUS' | 'VOLUNTEER', Identity> = TEST_IDENTITIES;
export const scoped = scopedIdentity;

/** The demo's scheme: Huidong's 2021 assessment of its township institutes. */
export const HUIDONG_2021 = '会东县2021年度新时代文明实践工作考核';

export async function huidongSchemeId(harness: SubgraphHarness): Promise<string> {
  const [row] = await harness.sql<{ id: string }>(`SELECT id::text FROM assessment.scheme WHERE name = $1`, [HUIDONG_2021]);
  return row.id;
}

export async function unitIdOf(harness: SubgraphHarness, code: string): Promise<string> {
  const [row] = await harness.sql<{ id: string }>(`SELECT id::text FROM ${UNIT_TREE} WHERE code = $1`, [code]);
  return row.id;
}

/** A Huidong township institute and a village station under it, by code and id (the first by id). */
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

/** Rows in every assessment table and the audit log, to show a refused write left none behind. */
export async function rowCounts(harness: SubgraphHarness): Promise<Record<string, number>> {
  const [row] = await harness.sql<Record<string, number>>(
    `SELECT (SELECT count(*) FROM assessment.scheme)::int AS schemes, (SELECT count(*) FROM assessment.indicator)::int AS indicators,
            (SELECT count(*) FROM assessment.inspection)::int AS inspections,
            (SELECT count(*) FROM assessment.inspection_finding)::int AS findings,
            (SELECT count(*) FROM assessment.recognition)::int AS recognitions, (SELECT count(*) FROM audit.entry)::int AS audit,
            (SELECT string_agg(id || ':' || version || ':' || state, ',' ORDER BY id) FROM assessment.scheme) AS scheme_versions,
            (SELECT string_agg(id || ':' || version || ':' || weight, ',' ORDER BY id) FROM assessment.indicator) AS indicator_versions,
            (SELECT string_agg(id || ':' || state, ',' ORDER BY id) FROM assessment.inspection_finding) AS finding_states`,
  );
  return row;
}

/** The audit log's actions on one record, oldest first. */
export async function auditActions(harness: SubgraphHarness, type: string, id: string): Promise<string[]> {
  const rows = await harness.sql<{ action: string }>(
    `SELECT action FROM audit.entry WHERE entity_type = $1 AND $2 = ANY(entity_ids) ORDER BY id`,
    [type, id],
  );
  return rows.map((row) => row.action);
}
