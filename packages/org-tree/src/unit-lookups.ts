import type { Queryable } from './queryable';
import { subtreeOfCode } from './subtree-sql';
import { UNIT_TREE, type UnitLevel, type UnitTreeColumn, type UnitTreeRow } from './unit-tree-contract';

/** The asked columns of one unit, or undefined when the id is not in the tree; one statement. */
export async function readUnit<C extends UnitTreeColumn>(
  db: Queryable,
  id: number,
  columns: readonly C[],
): Promise<Pick<UnitTreeRow, C> | undefined> {
  if (columns.length === 0) throw new Error('readUnit needs at least one column');
  const [row] = (await db.query(`SELECT ${columns.join(', ')} FROM ${UNIT_TREE} WHERE id = $1`, [id])) as Pick<UnitTreeRow, C>[];
  return row;
}

/** Whether the org subgraph's migrations have published the view in this database (readers of demo data check first). */
export async function isUnitTreePublished(db: Queryable): Promise<boolean> {
  const [row] = (await db.query(`SELECT to_regclass($1) IS NOT NULL AS present`, [UNIT_TREE])) as { present: boolean }[];
  return row.present;
}

/** The ids of the units with the given codes, by code; codes no unit has are left out. */
export async function unitIdsByCode(db: Queryable, codes: readonly string[]): Promise<Map<string, number>> {
  const rows = (await db.query(`SELECT id, code FROM ${UNIT_TREE} WHERE code = ANY($1::text[])`, [codes])) as Pick<
    UnitTreeRow,
    'id' | 'code'
  >[];
  return new Map(rows.map((r) => [r.code, r.id]));
}

/** The units of the given levels at or below the unit with `code`, by id. */
export async function unitsInSubtreeOfCode(
  db: Queryable,
  code: string,
  levels: readonly UnitLevel[],
): Promise<Pick<UnitTreeRow, 'id' | 'level'>[]> {
  return (await db.query(`SELECT u.id, u.level FROM ${subtreeOfCode('$1')} u WHERE u.level = ANY($2::text[]) ORDER BY u.id`, [
    code,
    levels,
  ])) as Pick<UnitTreeRow, 'id' | 'level'>[];
}
