import { GraphQLScalarType, Kind } from 'graphql';
import { badUserInput } from '../errors/app-errors';
import { isCalendarDate } from './date.scalar';

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;

/** An instant: ISO-8601 with an explicit offset, so "08:00 in Huidong" is never ambiguous. */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'ISO-8601 instant with offset, e.g. 2021-06-28T09:30:00+08:00 (时间).',
  serialize: (value) => {
    const date = value instanceof Date ? value : new Date(String(value));
    if (Number.isNaN(date.getTime())) throw new TypeError(`DateTime cannot represent ${String(value)}`);
    return date.toISOString();
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
