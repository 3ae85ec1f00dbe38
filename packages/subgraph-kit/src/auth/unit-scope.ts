import DataLoader from 'dataloader';
import type { DataSource, EntityManager } from 'typeorm';

type Queryable = Pick<DataSource | EntityManager, 'query'>;

/**
 * Whether org units lie inside the subtree of the unit with a given code: one statement per batch
 * over the org subgraph's published `org.unit_tree` (materialised paths), so it is right the
 * moment a unit moves. Unknown units resolve to `undefined`.
 */
export function unitScopeLoader(db: Queryable, scopeCode: string | undefined): DataLoader<number, boolean | undefined> {
  return new DataLoader<number, boolean | undefined>(async (ids) => {
    const rows: { id: number; inside: boolean }[] = await db.query(
      `SELECT t.id, coalesce(t.path LIKE s.path || '%', false) AS inside
       FROM org.unit_tree t LEFT JOIN org.unit_tree s ON s.code = $2
       WHERE t.id = ANY($1::int[])`,
      [ids, scopeCode ?? null],
    );
    const byId = new Map(rows.map((r) => [r.id, r.inside]));
    return ids.map((id) => byId.get(id));
  });
}
