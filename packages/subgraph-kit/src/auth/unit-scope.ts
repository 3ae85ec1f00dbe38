import DataLoader from 'dataloader';
import type { DataSource, EntityManager } from 'typeorm';
import { UNITS_INSIDE_SCOPE_SQL } from '@civic/org-tree';

type Queryable = Pick<DataSource | EntityManager, 'query'>;

/**
 * Whether org units lie inside the subtree of the unit with a given code: one statement per batch
 * over the org subgraph's published tree (materialised paths), so it is right the moment a unit
 * moves. Unknown units resolve to `undefined`.
 */
export function unitScopeLoader(db: Queryable, scopeCode: string | undefined): DataLoader<number, boolean | undefined> {
  return new DataLoader<number, boolean | undefined>(async (ids) => {
    const rows: { id: number; inside: boolean }[] = await db.query(UNITS_INSIDE_SCOPE_SQL, [ids, scopeCode ?? null]);
    const byId = new Map(rows.map((r) => [r.id, r.inside]));
    return ids.map((id) => byId.get(id));
  });
}
