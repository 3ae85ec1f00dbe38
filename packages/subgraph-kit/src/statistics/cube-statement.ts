import { badUserInput } from '@civic/runtime';

/**
 * One dimension of a breakdown. `key` is SQL over the facts giving the cell key (any type, compared
 * as text). `domain`, when given, is SQL of rows `(key text, label text)`: every key the dimension
 * has, so keys without facts still get cells with zeros (the months of a period, the townships of
 * a county). Without a domain, the keys are those the facts have, labelled by `labelSql` (SQL
 * over `key`) or left for the caller to label.
 */
export interface CubeDimension {
  name: string;
  key: string;
  domain?: string;
  labelSql?: (key: string) => string;
}

/** A figure of each cell: an SQL aggregate over the facts, and its name in the result rows. */
export interface CubeMeasure {
  name: string;
  aggregate: string;
}

export interface CubeQuery {
  /** What follows FROM: the facts with their joins and conditions. */
  facts: string;
  dimensions: CubeDimension[];
  measures: CubeMeasure[];
  /** Most cells answered; more is the caller's mistake (a breakdown too fine to read). */
  maxCells: number;
}

/** A result row: `key_i` and `label_i` per dimension, then each measure by name. */
export type CubeRow = Record<string, string | number | null>;

export const NO_KEY = 'NONE';

/**
 * One statement for a whole breakdown, however many cells: the facts grouped by every dimension,
 * crossed with the dimensions' domains, measures zero where nothing happened. Rows come ordered by
 * the dimensions in turn.
 */
export function cubeStatement(query: CubeQuery): string {
  if (query.dimensions.length === 0) throw badUserInput('name at least one dimension to break down by', { argument: 'dimensions' });
  const dims = query.dimensions.map((dimension, i) => ({ ...dimension, column: `key_${i}`, label: `label_${i}` }));
  const grouped = `SELECT ${dims.map((d) => `coalesce((${d.key})::text, '${NO_KEY}') AS ${d.column}`).join(', ')},
           ${query.measures.map((m) => `${m.aggregate} AS "${m.name}"`).join(', ')}
    FROM ${query.facts}
    GROUP BY ${dims.map((_, i) => i + 1).join(', ')}`;
  const domains = dims.map(
    (d, i) =>
      `domain_${i} AS (${d.domain ?? `SELECT DISTINCT ${d.column} AS key, ${d.labelSql ? d.labelSql(d.column) : 'NULL::text'} AS label FROM grouped`})`,
  );
  const joinOn = dims.map((d, i) => `g.${d.column} = domain_${i}.key`).join(' AND ');
  return `
    WITH grouped AS (${grouped}),
    ${domains.join(',\n    ')}
    SELECT ${dims.map((d, i) => `domain_${i}.key AS ${d.column}, domain_${i}.label AS ${d.label}`).join(', ')},
           ${query.measures.map((m) => `coalesce(g."${m.name}", 0) AS "${m.name}"`).join(', ')}
    FROM ${dims.map((_, i) => `domain_${i}`).join(' CROSS JOIN ')}
    LEFT JOIN grouped g ON ${joinOn}
    ORDER BY ${dims.map((d) => d.column).join(', ')}
    LIMIT ${query.maxCells + 1}`;
}

/** The rows of a cube statement, refused when there are more than `maxCells`. */
export function checkedCells(rows: CubeRow[], maxCells: number): CubeRow[] {
  if (rows.length > maxCells) {
    throw badUserInput(`this breakdown has more than ${maxCells} cells: choose fewer dimensions or a shorter period`, {
      argument: 'dimensions',
    });
  }
  return rows;
}

/** SQL rows `(key text, label text)` of fixed keys, e.g. the months of a period, bound as two arrays. */
export function valuesDomain(entries: [key: string, label: string][], bind: (value: unknown) => string): string {
  return `SELECT * FROM unnest(${bind(entries.map(([key]) => key))}::text[], ${bind(entries.map(([, label]) => label))}::text[]) AS v(key, label)`;
}
