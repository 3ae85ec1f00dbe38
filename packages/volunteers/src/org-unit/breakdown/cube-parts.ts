import { chineseLabelOf } from '@civic/runtime';
import { pathWithin, UNIT_TREE } from '@civic/org-tree';
import {
  checkedCells,
  cubeStatement,
  monthLabel,
  monthsOfPeriod,
  NO_KEY,
  StatsScope,
  valuesDomain,
  type CubeDimension,
  type CubeQuery,
  type Period,
} from '@civic/subgraph-kit';
import { badUserInput } from '@civic/runtime';
import type { DataSource } from 'typeorm';
import type { CellKey } from '@civic/subgraph-kit';

export const MAX_CELLS = 5000;

/** Statement parameters collected while the SQL is written: `bind` adds one and answers its placeholder. */
export class Parameters {
  readonly values: unknown[] = [];
  bind = (value: unknown): string => {
    this.values.push(value);
    return `$${this.values.length}`;
  };
}

/**
 * That a volunteer's home unit (`homeUnitColumn`) is the root or, for SUBTREE, in its subtree. The
 * subtree's ids are read first, as an array: joined to the view, the planner cannot tell how few
 * units one county's subtree holds and scanned the whole province's volunteers (9 s a breakdown on
 * 3 million); against an array it takes the home-unit index.
 */
export function homeInScope(homeUnitColumn: string, rootId: string, scope: StatsScope): string {
  if (scope === StatsScope.SELF) return `${homeUnitColumn} = ${rootId}`;
  return `${homeUnitColumn} = ANY(ARRAY(SELECT u.id FROM ${UNIT_TREE} u JOIN ${UNIT_TREE} root ON ${pathWithin('u.path', 'root.path')} WHERE root.id = ${rootId}))`;
}

/** A dimension of enum values: every value a cell (labelled with its Chinese term), plus NONE when some facts have no value. */
export function enumDimension(
  name: string,
  key: string,
  descriptions: Record<string, string>,
  noneLabel: string,
  position: number,
  bind: (value: unknown) => string,
): CubeDimension {
  const entries = Object.entries(descriptions).map(([value, text]): [string, string] => [value, chineseLabelOf(text) ?? value]);
  const none = `SELECT DISTINCT key_${position}, '${noneLabel}'::text FROM grouped WHERE key_${position} = '${NO_KEY}'`;
  return { name, key, domain: `${valuesDomain(entries, bind)} UNION ALL ${none}` };
}

/** A month dimension: every month of a closed period (zeros included), else the months with facts. */
export function monthDimension(name: string, key: string, period: Period, bind: (value: unknown) => string): CubeDimension {
  const months = monthsOfPeriod(period);
  if (months.length > 0)
    return {
      name,
      key,
      domain: valuesDomain(
        months.map((month) => [month, monthLabel(month)]),
        bind,
      ),
    };
  return { name, key, labelSql: (k) => `split_part(${k}, '-', 1) || '年' || split_part(${k}, '-', 2)::int || '月'` };
}

export function assertDistinct(dimensions: readonly string[]): void {
  if (dimensions.length === 0) throw badUserInput('name at least one dimension to break down by', { argument: 'dimensions' });
  if (new Set(dimensions).size !== dimensions.length) throw badUserInput('each dimension at most once', { argument: 'dimensions' });
}

/** Runs one cube statement and turns its rows into cells: keys in the order of the dimensions, then the measures. */
export async function cubeCells<M extends string>(
  db: DataSource,
  query: CubeQuery,
  parameters: Parameters,
  measures: Record<M, 'float' | 'int'>,
): Promise<({ keys: CellKey[] } & Record<M, number>)[]> {
  const rows = checkedCells(await db.query(cubeStatement(query), parameters.values), query.maxCells);
  return rows.map((row) => {
    const keys = query.dimensions.map((dimension, i) => ({
      dimension: dimension.name,
      key: String(row[`key_${i}`]),
      label: String(row[`label_${i}`] ?? row[`key_${i}`]),
    }));
    const figures = Object.fromEntries(Object.keys(measures).map((measure) => [measure, Number(row[measure])])) as Record<M, number>;
    return { keys, ...figures };
  });
}
