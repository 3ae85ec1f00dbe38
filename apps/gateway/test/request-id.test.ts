import { send, type RawResponse } from './support/http';
import { startTestPlatform, type TestPlatform } from './support/platform';
import { DIRECTORY, nestedParents } from './support/queries';

let platform: TestPlatform;

beforeAll(async () => {
  platform = await startTestPlatform();
}, 180000);
afterAll(() => platform?.stop());

const json = (body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(body),
});

/** Requests that fail at every stage: HTTP, JSON, auth, parse, validation, limits, policy, execution. */
const FAILING: [string, () => [string, RequestInit]][] = [
  ['invalid JSON', () => ['', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' }]],
  [
    'a body over the limit',
    () => ['', { method: 'POST', headers: { 'content-type': 'application/json' }, body: ' '.repeat(1024 * 1024 + 1) }],
  ],
  ['a batch over the limit', () => ['', json(Array.from({ length: 11 }, () => ({ query: DIRECTORY })))]],
  ['a refused token', () => ['', json({ query: DIRECTORY }, { authorization: 'Bearer nope' })]],
  ['a syntax error', () => ['', json({ query: '{ orgUnits(' })]],
  ['an unknown field', () => ['', json({ query: '{ secretTable }' })]],
  [
    'a variable of the wrong type',
    () => ['', json({ query: 'query($n: Int) { orgUnits(first: $n) { totalCount } }', variables: { n: 'many' } })],
  ],
  ['an out-of-range argument', () => ['', json({ query: '{ orgUnits(first: 100000) { totalCount } }' })]],
  ['a document over a limit', () => ['', json({ query: nestedParents(30) })]],
  ['anonymous introspection', () => ['', json({ query: '{ __schema { types { name } } }' })]],
  ['a missing query', () => ['', json({ variables: {} })]],
  ['an unknown operation name', () => ['', json({ query: DIRECTORY, operationName: 'Nope' })]],
  ['a mutation by GET', () => ['?query=mutation%7B__typename%7D', { headers: { 'apollo-require-preflight': 'true' } }]],
  ['a GET without CSRF preflight header', () => ['?query=%7B__typename%7D', {}]],
  ['a PUT', () => ['', { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: DIRECTORY }) }]],
];

describe('request ids and error hygiene', () => {
  it.each(FAILING)('%s: every error carries the x-request-id, and no internals', async (_label, request) => {
    const [search, init] = request();
    const res: RawResponse = await send(`${platform.gateway.url}${search}`, init);
    expect(res.status).toBeGreaterThanOrEqual(200);
    expect(res.status).toBeLessThan(500);
    const requestId = res.headers.get('x-request-id');
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.json.errors.length).toBeGreaterThan(0);
    for (const error of res.json.errors) {
      expect(error.extensions).toMatchObject({ requestId, code: expect.any(String) });
      expect(error.extensions).not.toHaveProperty('stacktrace');
    }
    expect(res.text).not.toMatch(/127\.0\.0\.1|localhost|node_modules|\bat \S+ \(|\bSELECT\b/);
  });

  it("keeps a client's own request id, and replaces one that is not a plain token", async () => {
    const own = await send(platform.gateway.url, json({ query: '{ nope }' }, { 'x-request-id': 'app-7f3a.42' }));
    expect(own.headers.get('x-request-id')).toBe('app-7f3a.42');
    expect(own.json.errors[0].extensions.requestId).toBe('app-7f3a.42');
    const odd = await send(platform.gateway.url, json({ query: '{ nope }' }, { 'x-request-id': 'a b <script>'.repeat(3) }));
    expect(odd.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(odd.json.errors[0].extensions.requestId).toBe(odd.headers.get('x-request-id'));
  });

  it('forwards the request id to the subgraphs (one id across the platform)', async () => {
    const res = await send(platform.gateway.url, json({ query: DIRECTORY }, { 'x-request-id': 'trace-across-1' }));
    expect(res.status).toBe(200);
    expect(res.headers.get('x-request-id')).toBe('trace-across-1');
  });
});
