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
  const match = typeof value === 'string' ? DATE_PATTERN.exec(value) : null;
  if (!match) throw badUserInput(`"${String(value)}" is not a date in the form YYYY-MM-DD`);
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  if (date.getUTCMonth() !== Number(m) - 1 || date.getUTCDate() !== Number(d)) {
    throw badUserInput(`"${value as string}" is not a real calendar date`);
  }
  return value as string;
}
