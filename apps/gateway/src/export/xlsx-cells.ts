import { chineseLabelOf } from '@civic/runtime';
import type { CellValue } from 'exceljs';
import { isEnumType, type GraphQLEnumType, type GraphQLNamedType } from 'graphql';
import type { CellFormat } from './row-cells';

/** Excel's number formats for the two time scalars: Beijing wall time, as people in Huidong read it. */
export const DATE_TIME_FORMAT = 'yyyy-mm-dd hh:mm:ss';
export const DATE_FORMAT = 'yyyy-mm-dd';

const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;
const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** The most text one Excel cell holds. */
const MAX_CELL_TEXT = 32_767;

/**
 * The spreadsheet is the export for people: an enum as the Chinese label of its value, a
 * DateTime as a real Excel date showing Beijing wall time (Excel dates have no zone: the serial is
 * the wall time), a Date as a date, a boolean as 是/否; numbers stay numbers. Inside a joined list
 * the same values are written as text (2024-03-05 19:30:00).
 */
export const XLSX_CELLS: CellFormat<CellValue> = {
  cell(value, leaf) {
    if (typeof value === 'number') return value;
    if (typeof value === 'boolean') return value ? '是' : '否';
    if (isEnumType(leaf.namedType)) return enumLabel(leaf.namedType, String(value));
    const date = timeScalarAsDate(value, leaf.namedType);
    return date ?? cellText(value);
  },
  text(value, leaf) {
    if (typeof value === 'boolean') return value ? '是' : '否';
    if (isEnumType(leaf.namedType)) return enumLabel(leaf.namedType, String(value));
    if (leaf.namedType.name === 'DateTime') {
      const wall = beijingWallTime(value);
      if (wall) return wall.toISOString().slice(0, 19).replace('T', ' ');
    }
    return cellText(value);
  },
};

/** The Excel number format a column of this type needs, if any. */
export function numberFormatOf(type: GraphQLNamedType): string | undefined {
  if (type.name === 'DateTime') return DATE_TIME_FORMAT;
  if (type.name === 'Date') return DATE_FORMAT;
  return undefined;
}

function timeScalarAsDate(value: unknown, type: GraphQLNamedType): Date | undefined {
  if (type.name === 'DateTime') return beijingWallTime(value);
  if (type.name === 'Date' && typeof value === 'string' && CALENDAR_DATE.test(value)) return new Date(`${value}T00:00:00Z`);
  return undefined;
}

/** The instant's wall time in China Standard Time, as the UTC fields of a Date (which is how Excel dates are written). */
function beijingWallTime(value: unknown): Date | undefined {
  if (typeof value !== 'string') return undefined;
  const instant = new Date(value).getTime();
  return Number.isNaN(instant) ? undefined : new Date(instant + CHINA_OFFSET_MS);
}

const enumLabels = new WeakMap<GraphQLEnumType, Map<string, string>>();

/** `FIRESIDE_CHAT` → 火塘夜话: the Chinese term of the value's description, or the code when it has none. */
function enumLabel(type: GraphQLEnumType, code: string): string {
  let labels = enumLabels.get(type);
  if (!labels) {
    labels = new Map(type.getValues().map((value) => [value.name, chineseLabelOf(value.description) ?? value.name]));
    enumLabels.set(type, labels);
  }
  return labels.get(code) ?? code;
}

function cellText(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > MAX_CELL_TEXT ? text.slice(0, MAX_CELL_TEXT) : text;
}
