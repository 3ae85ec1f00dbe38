import { badUserInput, chineseLabelOf } from '@civic/runtime';
import type { DataSource } from 'typeorm';
import type { CellKey } from './cell-key.type';
import { checkedCells, cubeStatement, NO_KEY, valuesDomain, type CubeDimension, type CubeQuery } from './cube-statement';
import { monthLabel, monthsOfPeriod, type Period } from './period';

/** Statement parameters collected while the SQL is written: `bind` adds one and answers its placeholder. */
export class StatementParameters {
  readonly values: unknown[] = [];
  bind = (value: unknown): string => {
    this.values.push(value);
    return `$${this.values.length}`;
  };
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

/** The dimensions a client asked for: at least one, each once. */
export function assertDistinct(dimensions: readonly string[]): void {
  if (dimensions.length === 0) throw badUserInput('name at least one dimension to break down by', { argument: 'dimensions' });
  if (new Set(dimensions).size !== dimensions.length) throw badUserInput('each dimension at most once', { argument: 'dimensions' });
}

/** Runs one cube statement and turns its rows into cells: keys in the order of the dimensions, then the measures. */
export async function cubeCells<M extends string>(
  db: DataSource,
  query: CubeQuery,
  parameters: StatementParameters,
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
