import { pathWithin } from './path-sql';
import type { Queryable } from './queryable';
import { UNIT_TREE, type UnitTreeColumn } from './unit-tree-contract';

/** A value each key brings to the statement: one array parameter, and a column of `asked` and `covered`. */
export interface PerKeyValue<Key> {
  /** The SQL type of one value; the parameter is an array of it (`int`: `$3::int[]`). */
  type: string;
  of(key: Key): unknown;
}

export interface SubtreeStatisticsDefinition<Key> {
  /** The unit a key asks about; an id not in the tree (0 for an unparseable one) gets no rows. */
  unitId(key: Key): number;
  /** Whether a key covers its unit and every unit below it or the unit alone; `true` when every key covers its subtree. */
  subtree: true | ((key: Key) => boolean);
  /** Further values per key, by column name. */
  perKey?: Record<string, PerKeyValue<Key>>;
  /** Columns of the view to carry for each covered unit besides its id. */
  unitColumns?: readonly UnitTreeColumn[];
  /** Common table expressions to define after `covered`, by name. */
  with?: Record<string, string>;
  /**
   * The per-key aggregate: a SELECT over `covered` (one row per key and covered unit: `ord`, the
   * per-key values, `unit_id` and the unit columns) whose rows carry `ord`, the key's position from 1.
   */
  aggregate: string;
}

export interface SubtreeStatistics<Key, Row extends { ord: string | number }> {
  readonly sql: string;
  parameters(keys: readonly Key[]): unknown[][];
  /** Runs the statement for `keys` and returns each key's rows, in key order: none for a unit not in the tree. */
  rowsOfEachKey(db: Queryable, keys: readonly Key[]): Promise<Row[][]>;
}

const RESERVED_COLUMNS = new Set(['ord', 'unit_id', 'subtree', 'path']);

/**
 * Figures over the subtrees (or single units) of many keys in one statement: the asked units are
 * joined to the view in the keys' order (`unnest … WITH ORDINALITY`), the units each one covers are
 * the path index's range below it, and the caller's aggregate sums whatever its subgraph keeps per unit.
 */
export function subtreeStatistics<Key, Row extends { ord: string | number }>(
  definition: SubtreeStatisticsDefinition<Key>,
): SubtreeStatistics<Key, Row> {
  const perKey = Object.entries(definition.perKey ?? {});
  for (const [name] of perKey) {
    if (RESERVED_COLUMNS.has(name) || !/^[a-z_][a-z0-9_]*$/.test(name)) {
      throw new Error(`per-key column name '${name}' is reserved or not a plain identifier`);
    }
  }
  const subtreeOf = definition.subtree === true ? null : definition.subtree;
  const perKeySubtree = subtreeOf !== null;
  const askedColumns = ['unit_id', ...(perKeySubtree ? ['subtree'] : []), ...perKey.map(([name]) => name)];
  const arrayTypes = ['int', ...(perKeySubtree ? ['boolean'] : []), ...perKey.map(([, value]) => value.type)];
  const extraNames = perKey.map(([name]) => name);
  const unitColumns = definition.unitColumns ?? [];

  const asked = `asked AS (
  SELECT q.ord, ${askedColumns.map((c) => `q.${c}`).join(', ')}, t.path
  FROM unnest(${arrayTypes.map((type, i) => `$${i + 1}::${type}[]`).join(', ')}) WITH ORDINALITY AS q(${askedColumns.join(', ')}, ord)
  JOIN ${UNIT_TREE} t ON t.id = q.unit_id
)`;
  const covered = perKeySubtree ? coveredPerKeyScope(extraNames, unitColumns) : coveredSubtrees(extraNames, unitColumns);
  const further = Object.entries(definition.with ?? {}).map(([name, body]) => `${name} AS (${body})`);
  const sql = `WITH ${[asked, covered, ...further].join(',\n')}\n${definition.aggregate}`;

  const parameters = (keys: readonly Key[]): unknown[][] => [
    keys.map((key) => definition.unitId(key)),
    ...(subtreeOf ? [keys.map(subtreeOf)] : []),
    ...perKey.map(([, value]) => keys.map((key) => value.of(key))),
  ];

  return {
    sql,
    parameters,
    async rowsOfEachKey(db, keys) {
      const rows = (await db.query(sql, parameters(keys))) as Row[];
      const byKey: Row[][] = keys.map(() => []);
      for (const row of rows) byKey[Number(row.ord) - 1].push(row);
      return byKey;
    },
  };
}

/** Every key covers its unit's subtree: a join on the path range. */
function coveredSubtrees(extraNames: string[], unitColumns: readonly UnitTreeColumn[]): string {
  return `covered AS (
  SELECT ${['a.ord', ...extraNames.map((c) => `a.${c}`), 'u.id AS unit_id', ...unitColumns.map((c) => `u.${c}`)].join(', ')}
  FROM asked a JOIN ${UNIT_TREE} u ON ${pathWithin('u.path', 'a.path')}
)`;
}

/**
 * Each key says: the subtree (the path range) or the unit alone. Without unit columns the unit alone
 * needs no second look at the view.
 */
function coveredPerKeyScope(extraNames: string[], unitColumns: readonly UnitTreeColumn[]): string {
  const fromView = ['u.id AS unit_id', ...unitColumns.map((c) => `u.${c}`)].join(', ');
  const unitAlone =
    unitColumns.length === 0
      ? 'SELECT a.unit_id WHERE NOT a.subtree'
      : `SELECT ${fromView} FROM ${UNIT_TREE} u WHERE NOT a.subtree AND u.id = a.unit_id`;
  return `covered AS (
  SELECT ${['a.ord', ...extraNames.map((c) => `a.${c}`), 'c.*'].join(', ')}
  FROM asked a CROSS JOIN LATERAL (
    SELECT ${fromView} FROM ${UNIT_TREE} u WHERE a.subtree AND ${pathWithin('u.path', 'a.path')}
    UNION ALL
    ${unitAlone}
  ) c
)`;
}
