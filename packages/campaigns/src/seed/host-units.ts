import type { EntityManager } from 'typeorm';

export interface HostUnits {
  centerId: number;
  cultureSubCenterId: number;
  /** Township institutes (实践所) under the center, by id. */
  institutes: number[];
  /** Village and community stations (实践站) under the center, by id. */
  stations: number[];
}

/** The Huidong units the demo events are held at, read from the org subgraph's published view. */
export async function findHostUnits(manager: EntityManager, centerCode: string, cultureSubCenterCode: string): Promise<HostUnits> {
  const [view]: { present: boolean }[] = await manager.query(`SELECT to_regclass('org.unit_tree') IS NOT NULL AS present`);
  if (!view?.present) throw new Error('org.unit_tree does not exist: migrate the org subgraph before loading the campaigns demo data');
  const byCode = await unitIdsByCode(manager, [centerCode, cultureSubCenterCode]);
  for (const code of [centerCode, cultureSubCenterCode]) {
    if (!byCode.has(code)) {
      throw new Error(`org.unit_tree has no unit with code '${code}': load the org demo data (org cli seed) before the campaigns demo data`);
    }
  }
  const rows: { id: number; level: string }[] = await manager.query(
    `SELECT u.id, u.level FROM org.unit_tree u JOIN org.unit_tree c ON u.path LIKE c.path || '%'
     WHERE c.code = $1 AND u.level IN ('INSTITUTE', 'STATION') ORDER BY u.id`,
    [centerCode],
  );
  const institutes = rows.filter((r) => r.level === 'INSTITUTE').map((r) => r.id);
  const stations = rows.filter((r) => r.level === 'STATION').map((r) => r.id);
  if (institutes.length === 0 || stations.length === 0) {
    throw new Error(`org unit '${centerCode}' has no institutes or stations below it: load the org demo data first`);
  }
  return { centerId: byCode.get(centerCode) as number, cultureSubCenterId: byCode.get(cultureSubCenterCode) as number, institutes, stations };
}

async function unitIdsByCode(manager: EntityManager, codes: string[]): Promise<Map<string, number>> {
  const rows: { id: number; code: string }[] = await manager.query(`SELECT id, code FROM org.unit_tree WHERE code = ANY($1::text[])`, [codes]);
  return new Map(rows.map((r) => [r.code, r.id]));
}
