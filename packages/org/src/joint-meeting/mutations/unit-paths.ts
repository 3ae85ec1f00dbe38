import type { EntityManager } from 'typeorm';
import { notFound } from '@civic/runtime';

/** The paths of units, each checked to exist (NOT_FOUND otherwise), in one statement. */
export async function unitPaths(manager: EntityManager, ids: number[]): Promise<Map<number, string>> {
  const rows: { id: number; path: string }[] = await manager.query(`SELECT id, path FROM org.org_unit WHERE id = ANY($1::int[])`, [ids]);
  const paths = new Map(rows.map((row) => [row.id, row.path]));
  const missing = ids.find((id) => !paths.has(id));
  if (missing !== undefined) throw notFound('org unit', missing);
  return paths;
}
