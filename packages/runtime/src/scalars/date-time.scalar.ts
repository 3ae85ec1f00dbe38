import { GraphQLScalarType, Kind } from 'graphql';
import { badUserInput } from '../errors/app-errors';
import { isCalendarDate } from './date.scalar';

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;

const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

/**
 * An instant as people in China read it: wall time in China Standard Time with its offset,
 * e.g. 2021-06-28T09:30:00+08:00; milliseconds only when there are some.
 */
export function inChinaStandardTime(date: Date): string {
  const wall = new Date(date.getTime() + CHINA_OFFSET_MS).toISOString();
  const withoutZone = wall.endsWith('.000Z') ? wall.slice(0, -5) : wall.slice(0, -1);
  return `${withoutZone}+08:00`;
}

/** An instant: ISO-8601 with an explicit offset, so "08:00 in Huidong" is never ambiguous. Output is in +08:00; input takes any offset. */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description:
    'ISO-8601 instant with offset, e.g. 2021-06-28T09:30:00+08:00; always given in China Standard Time, accepted with any offset (时间).',
  serialize: (value) => {
    const date = value instanceof Date ? value : new Date(String(value));
    if (Number.isNaN(date.getTime())) throw new TypeError(`DateTime cannot represent ${String(value)}`);
    return inChinaStandardTime(date);
  },
  parseValue: (value) => parseDateTime(value),
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw badUserInput('DateTime must be an ISO-8601 string with an offset');
    return parseDateTime(ast.value);
  },
});

function parseDateTime(value: unknown): Date {
  if (typeof value !== 'string' || !ISO_WITH_OFFSET.test(value)) {
    throw badUserInput(`"${String(value)}" is not an ISO-8601 date-time with an offset (e.g. 2021-06-28T09:30:00+08:00)`);
  }
  const date = new Date(value);
  // Date takes any day up to 31 (2025-02-30 is 2 March): the calendar day is checked as a Date's is.
  if (Number.isNaN(date.getTime()) || !isCalendarDate(value.slice(0, 10))) throw badUserInput(`"${value}" is not a real date-time`);
  return date;
}
