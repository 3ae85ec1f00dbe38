import { postGraphQL } from '@civic/testing';
import { countTokens, DEFAULT_DOCUMENT_LIMITS, type RunningGateway } from '../src';
import { startFakeSubgraph, type FakeSubgraph } from './support/fake-subgraph';
import { startTestPlatform, type TestPlatform } from './support/platform';
import { aliasedNames, aliasedRootFields, costly, DIRECTORY, nestedParents, repeatedFields } from './support/queries';

let platform: TestPlatform;

beforeAll(async () => {
  platform = await startTestPlatform();
}, 180000);
afterAll(() => platform?.stop());

const limits = DEFAULT_DOCUMENT_LIMITS;
const OVER_LIMIT: [string, string, RegExp][] = [
  ['depth', nestedParents(limits.maxDepth + 1), new RegExp(`^query depth ${limits.maxDepth + 1} exceeds the limit of ${limits.maxDepth}$`)],
  [
    'aliases',
    aliasedNames(limits.maxAliases + 1),
    new RegExp(`^alias count ${limits.maxAliases + 1} exceeds the limit of ${limits.maxAliases}$`),
  ],
  [
    'root fields',
    aliasedRootFields(limits.maxRootFields + 1),
    new RegExp(`^root field count ${limits.maxRootFields + 1} exceeds the limit of ${limits.maxRootFields}$`),
  ],
  ['cost', costly, new RegExp(`^estimated query cost \\d+ exceeds the limit of ${limits.maxCost}$`)],
  ['tokens', repeatedFields(limits.maxTokens), new RegExp(`^token count exceeds the limit of ${limits.maxTokens}$`)],
];

describe('document limits (defaults)', () => {
  it.each(OVER_LIMIT)('refuses a document over the %s limit with QUERY_TOO_COMPLEX (400)', async (_limit, query, message) => {
    const res = await postGraphQL(platform.gateway.url, query);
    expect(res.status).toBe(400);
    expect(res.data).toBeUndefined();
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0].message).toMatch(message);
    expect(res.errors![0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX' });
  });

  it('lets documents just inside the default limits through', async () => {
    for (const query of [nestedParents(limits.maxDepth), aliasedNames(limits.maxAliases), aliasedRootFields(limits.maxRootFields)]) {
      const res = await postGraphQL(platform.gateway.url, query);
      expect({ query: query.slice(0, 60), errors: res.errors }).toEqual({ query: query.slice(0, 60), errors: undefined });
    }
  });

  it('accepts a document exactly at every limit and refuses it one below', async () => {
    const query = `{ a: orgUnits(first: 3) { edges { node { name children { name } } } } b: __typename }`;
    const exact = {
      maxDepth: 5,
      maxAliases: 2,
      maxRootFields: 2,
      maxTokens: countTokens(query),
      maxCost: 3 * (1 + 1 * (1 + 1 * (1 + 20))),
    };
    const atLimit = await platform.startGateway({ limits: exact });
    try {
      expect((await postGraphQL(atLimit.url, query)).errors).toBeUndefined();
    } finally {
      await atLimit.stop();
    }
    for (const key of Object.keys(exact) as (keyof typeof exact)[]) {
      const below = await platform.startGateway({ limits: { ...exact, [key]: exact[key] - 1 } });
      try {
        const res = await postGraphQL(below.url, query);
        expect({ key, status: res.status, error: res.errors?.[0]?.extensions }).toMatchObject({
          key,
          status: 400,
          error: { code: 'QUERY_TOO_COMPLEX', limit: key },
        });
      } finally {
        await below.stop();
      }
    }
  });

  it('weighs the cost with the variables sent', async () => {
    const query = `query($n: Int) { orgUnits(first: $n) { edges { node { children { children { name } } } } } }`;
    expect((await postGraphQL(platform.gateway.url, query, { n: 1 })).errors).toBeUndefined();
    const res = await postGraphQL(platform.gateway.url, query, { n: 100 });
    expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'maxCost' } });
  });

  describe('before any subgraph is called', () => {
    let recorder: FakeSubgraph;
    let gateway: RunningGateway;
    beforeAll(async () => {
      recorder = await startFakeSubgraph((_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ data: { orgUnits: { totalCount: 42 } } }));
      });
      const urls = Object.fromEntries(Object.keys(platform.subgraphs).map((name) => [name, recorder.url]));
      gateway = await platform.startGateway({ subgraphUrls: urls });
    });
    afterAll(async () => {
      await gateway?.stop();
      await recorder?.stop();
    });

    it('no subgraph sees a refused document, and an accepted one does reach them', async () => {
      for (const [, query] of OVER_LIMIT) expect((await postGraphQL(gateway.url, query)).status).toBe(400);
      expect(recorder.hits).toBe(0);
      const ok = await postGraphQL<{ orgUnits: { totalCount: number } }>(gateway.url, DIRECTORY);
      expect(ok.data?.orgUnits.totalCount).toBe(42);
      expect(recorder.hits).toBe(1);
    });
  });
});

describe('configuring the limits', () => {
  const ENV = ['GATEWAY_MAX_DEPTH', 'GATEWAY_MAX_ALIASES', 'GATEWAY_MAX_ROOT_FIELDS', 'GATEWAY_MAX_TOKENS', 'GATEWAY_MAX_COST'];
  afterEach(() => ENV.forEach((name) => delete process.env[name]));

  it('reads every limit from the environment', async () => {
    Object.assign(process.env, {
      GATEWAY_MAX_DEPTH: '3',
      GATEWAY_MAX_ALIASES: '2',
      GATEWAY_MAX_ROOT_FIELDS: '2',
      GATEWAY_MAX_TOKENS: '40',
      GATEWAY_MAX_COST: '10',
    });
    const gateway = await platform.startGateway();
    try {
      const expectations: [string, string][] = [
        [nestedParents(4), 'query depth 4 exceeds the limit of 3'],
        [aliasedNames(3), 'alias count 3 exceeds the limit of 2'],
        [`{ a: __typename b: __typename c: __typename }`, 'root field count 3 exceeds the limit of 2'],
        [repeatedFields(41), 'token count exceeds the limit of 40'],
        [`{ orgUnits(first: 11) { totalCount } }`, 'estimated query cost 11 exceeds the limit of 10'],
      ];
      for (const [query, message] of expectations) {
        expect((await postGraphQL(gateway.url, query)).errors?.[0]?.message).toBe(message);
      }
      expect((await postGraphQL(gateway.url, `{ orgUnits(first: 10) { totalCount } }`)).errors).toBeUndefined();
    } finally {
      await gateway.stop();
    }
  });

  it('takes startGateway options over the environment', async () => {
    process.env.GATEWAY_MAX_DEPTH = '3';
    const gateway = await platform.startGateway({ limits: { maxDepth: 5 } });
    try {
      expect((await postGraphQL(gateway.url, nestedParents(5))).errors).toBeUndefined();
      expect((await postGraphQL(gateway.url, nestedParents(6))).errors?.[0]?.message).toBe('query depth 6 exceeds the limit of 5');
    } finally {
      await gateway.stop();
    }
  });

  it('refuses to start with a nonsensical limit', async () => {
    process.env.GATEWAY_MAX_DEPTH = 'twelve';
    await expect(platform.startGateway()).rejects.toThrow('GATEWAY_MAX_DEPTH must be a positive integer, got "twelve"');
    delete process.env.GATEWAY_MAX_DEPTH;
    await expect(platform.startGateway({ limits: { maxCost: 0 } })).rejects.toThrow('maxCost must be a positive integer');
  });
});
