import type { EntityManager } from 'typeorm';

/** Org unit ids by code from the org subgraph's published view; names every missing code in its error. */
export async function unitIdsByCode(manager: EntityManager, codes: string[], demo: string): Promise<Map<string, number>> {
  const [view]: { present: boolean }[] = await manager.query(`SELECT to_regclass('org.unit_tree') IS NOT NULL AS present`);
  if (!view?.present) throw new Error(`org.unit_tree does not exist: migrate and seed the org subgraph before the ${demo} training demo data`);
  const rows: { id: number; code: string }[] = await manager.query(`SELECT id, code FROM org.unit_tree WHERE code = ANY($1::text[])`, [codes]);
  const byCode = new Map(rows.map((r) => [r.code, r.id]));
  const missing = codes.filter((code) => !byCode.has(code));
  if (missing.length > 0) {
    throw new Error(`org.unit_tree has no unit with code ${missing.join(', ')}: load the org demo data before the ${demo} training demo data`);
  }
  return byCode;
}
