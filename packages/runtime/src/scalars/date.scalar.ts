import { GraphQLScalarType, Kind } from 'graphql';
import { badUserInput } from '../errors/app-errors';

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date as YYYY-MM-DD; kept as that string inside the service (no time-zone shifts). */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'Calendar date, YYYY-MM-DD (日期).',
  serialize: (value) => {
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    if (typeof value === 'string' && DATE_PATTERN.test(value.slice(0, 10))) return value.slice(0, 10);
    throw new TypeError(`Date cannot represent ${String(value)}`);
  },
  parseValue: (value) => parseDate(value),
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw badUserInput('Date must be a string in the form YYYY-MM-DD');
    return parseDate(ast.value);
  },
});

export function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !DATE_PATTERN.test(value)) throw badUserInput(`"${String(value)}" is not a date in the form YYYY-MM-DD`);
  if (!isCalendarDate(value)) throw badUserInput(`"${value}" is not a real calendar date`);
  return value;
}

/** Whether a YYYY-MM-DD names a day of the calendar (2024-02-29, not 2025-02-30), from year 1: there is no year 0, and PostgreSQL refuses it. */
export function isCalendarDate(text: string): boolean {
  const match = DATE_PATTERN.exec(text);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return year >= 1 && days !== undefined && day >= 1 && day <= days;
}
