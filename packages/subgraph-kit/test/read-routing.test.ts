import { holdsQueriesOnly } from '../src/database/read-routing';

describe('which requests may read from a replica', () => {
  it('lets a query, or a batch of queries alone, read from a replica', () => {
    expect(holdsQueriesOnly({ query: '{ orgUnits { totalCount } }' })).toBe(true);
    expect(holdsQueriesOnly({ query: 'query A { a } mutation B { b }', operationName: 'A' })).toBe(true);
    expect(holdsQueriesOnly([{ query: 'query { a }' }, { query: '{ b }' }])).toBe(true);
  });

  it('keeps a mutation, a batch with one, and anything it cannot read on the primary', () => {
    expect(holdsQueriesOnly({ query: 'mutation { recordService(input: {}) { id } }' })).toBe(false);
    expect(holdsQueriesOnly({ query: 'query A { a } mutation B { b }', operationName: 'B' })).toBe(false);
    expect(holdsQueriesOnly([{ query: '{ a }' }, { query: 'mutation { b }' }])).toBe(false);
    expect(holdsQueriesOnly({ query: 'query A { a } query B { b }' })).toBe(false);
    expect(holdsQueriesOnly({ query: '{ broken' })).toBe(false);
    expect(holdsQueriesOnly({ extensions: { persistedQuery: { sha256Hash: 'abc' } } })).toBe(false);
    expect(holdsQueriesOnly(undefined)).toBe(false);
    expect(holdsQueriesOnly([])).toBe(false);
  });
});
