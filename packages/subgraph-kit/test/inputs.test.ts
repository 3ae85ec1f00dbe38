import { GraphQLError } from 'graphql';
import { DateTimeScalar, decodeCursor, encodeCursor, pageSize, parseDate, parseId, errorCodeOf } from './support/toolkit';

const codeOf = errorCodeOf;

describe('input checks shared by every subgraph', () => {
  it('accepts positive integer ids and refuses everything else as BAD_USER_INPUT', () => {
    expect(parseId('42', 'org unit')).toBe(42);
    for (const bad of ['0', '-1', 'abc', '1.5', '99999999999', '', ' 1']) {
      expect(codeOf(() => parseId(bad, 'org unit'))).toBe('BAD_USER_INPUT');
    }
  });

  it('round-trips cursors and refuses forged ones', () => {
    expect(decodeCursor(encodeCursor(['会东', 7]), 2)).toEqual(['会东', 7]);
    expect(codeOf(() => decodeCursor('garbage', 1))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => decodeCursor(encodeCursor([1, 2]), 1))).toBe('BAD_USER_INPUT');
  });

  it('bounds page sizes to 0..100 with 20 by default', () => {
    expect(pageSize({})).toBe(20);
    expect(pageSize({ first: 0 })).toBe(0);
    expect(pageSize({ first: 100 })).toBe(100);
    expect(codeOf(() => pageSize({ first: 101 }))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => pageSize({ first: -5 }))).toBe('BAD_USER_INPUT');
  });

  it('accepts real calendar dates only', () => {
    expect(parseDate('2020-07-08')).toBe('2020-07-08');
    expect(parseDate('2024-02-29')).toBe('2024-02-29');
    expect(parseDate('2000-02-29')).toBe('2000-02-29');
    expect(parseDate('0001-01-01')).toBe('0001-01-01');
    for (const bad of [
      '2021-02-29',
      '1900-02-29',
      '2021-04-31',
      '2021-13-01',
      '2021-00-10',
      '2021-01-00',
      '0000-01-01',
      '20210708',
      '2021-7-8',
    ]) {
      expect(codeOf(() => parseDate(bad))).toBe('BAD_USER_INPUT');
    }
  });

  it('accepts date-times with an offset on real calendar days only', () => {
    expect(DateTimeScalar.parseValue('2024-02-29T08:00:00+08:00')).toEqual(new Date('2024-02-29T00:00:00Z'));
    for (const bad of ['2025-02-30T08:00:00+08:00', '2025-04-31T00:00:00Z', '2025-02-28T08:00:00', '2025-13-01T00:00:00Z', '2025-02-28']) {
      expect(codeOf(() => DateTimeScalar.parseValue(bad))).toBe('BAD_USER_INPUT');
    }
  });

  it('reports errors as GraphQL errors', () => {
    try {
      parseId('x', 'volunteer');
    } catch (err) {
      expect(err).toBeInstanceOf(GraphQLError);
      expect((err as GraphQLError).message).toBe('"x" is not a valid volunteer id');
    }
  });
});
