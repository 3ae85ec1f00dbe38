import type { Datum } from '../../../shared/charts/chart-options';
import type { CellValue, ResultTable } from './result-table';

/** The charts the workbench draws from a table. */
export type ChartKind = 'bar' | 'line' | 'pie';

/** What to draw: which column names the bars (slices, points) and which gives their size. */
export interface ChartChoice {
  kind: ChartKind;
  labelColumn: string;
  valueColumn: string;
}

/** Most bars (slices, points) a chart shows; the rest are left out, and the chart says so. */
export const MAX_CHART_ITEMS = 50;

/** Label columns that read best on an axis: a name, a label, a title. */
const NAMING_FIELD = /(^|\.)(name|label|title)$/i;
/** Number columns that are positions or codes rather than amounts. */
const ORDINAL_FIELD = /(^|\.)(rank|id|level|starLevel|version)$/i;

/** Columns whose every value (and at least one) is a number: what a chart can measure. */
export function numberColumns(table: ResultTable): string[] {
  return table.columns.filter((column) => {
    const values = table.rows.map((row) => row[column]).filter((value) => value !== null);
    return values.length > 0 && values.every((value) => typeof value === 'number' && Number.isFinite(value));
  });
}

/** Columns that can name the bars: those with text, then the numbers (a month, a rank) too. */
export function labelColumns(table: ResultTable): string[] {
  const numbers = new Set(numberColumns(table));
  const texts = table.columns.filter((column) => !numbers.has(column) && table.rows.some((row) => row[column] !== null));
  return [...texts, ...numbers];
}

/**
 * The first chart worth showing: bars of the first amount by the first name-like column.
 * Undefined when the table has nothing to measure.
 */
export function defaultChartChoice(table: ResultTable): ChartChoice | undefined {
  const numbers = numberColumns(table);
  if (numbers.length === 0) return undefined;
  const valueColumn = numbers.find((column) => !ORDINAL_FIELD.test(column)) ?? numbers[0];
  const labels = labelColumns(table).filter((column) => column !== valueColumn);
  const labelColumn = labels.find((column) => NAMING_FIELD.test(column)) ?? labels[0] ?? valueColumn;
  return { kind: 'bar', labelColumn, valueColumn };
}

/** The chart's data: one datum per row with a number, named by the label column (rows without a number left out). */
export function chartData(
  table: ResultTable,
  choice: Pick<ChartChoice, 'labelColumn' | 'valueColumn'>,
): { data: Datum[]; omitted: number } {
  const data: Datum[] = [];
  for (const row of table.rows) {
    const value = row[choice.valueColumn];
    if (typeof value !== 'number' || !Number.isFinite(value)) continue;
    data.push({ name: labelText(row[choice.labelColumn]), value });
  }
  return { data: data.slice(0, MAX_CHART_ITEMS), omitted: Math.max(0, data.length - MAX_CHART_ITEMS) };
}

function labelText(value: CellValue): string {
  if (value === null || value === '') return '（空）';
  if (typeof value === 'boolean') return value ? '是' : '否';
  return String(value);
}
