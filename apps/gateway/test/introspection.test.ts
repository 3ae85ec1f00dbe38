import { getIntrospectionQuery } from 'graphql';
import { postGraphQL } from '@civic/testing';
import { signDevToken } from '../src';
import { startTestPlatform, type TestPlatform } from './support/platform';

let platform: TestPlatform;
let analyst: Record<string, string>;

beforeAll(async () => {
  platform = await startTestPlatform();
  analyst = { authorization: `Bearer ${await signDevToken({ role: 'ANALYST' })}` };
}, 180000);
afterAll(() => platform?.stop());

const SCHEMA = `{ __schema { queryType { name } } }`;
const TYPE = `{ __type(name: "OrgUnit") { name fields { name } } }`;
const IN_FRAGMENT = `query { ...Peek } fragment Peek on Query { __schema { types { name } } }`;

describe('introspection (default: authenticated callers only)', () => {
  it.each([SCHEMA, TYPE, IN_FRAGMENT])('refuses anonymous introspection with a clear error: %s', async (query) => {
    const res = await postGraphQL(platform.gateway.url, query);
    expect(res.status).toBe(403);
    expect(res.data).toBeUndefined();
    expect(res.errors?.[0]).toMatchObject({
      message: 'introspection needs an authenticated caller: send a token (Authorization: Bearer <JWT>)',
      extensions: { code: 'INTROSPECTION_DISABLED' },
    });
  });

  it("answers an authenticated explorer's full introspection query", async () => {
    const res = await postGraphQL<{ __schema: { types: { name: string }[] } }>(
      platform.gateway.url,
      getIntrospectionQuery({
        descriptions: true,
        specifiedByUrl: true,
        directiveIsRepeatable: true,
        schemaDescription: true,
        inputValueDeprecation: true,
      }),
      {},
      analyst,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.__schema.types.map((t) => t.name)).toEqual(expect.arrayContaining(['OrgUnit', 'Query']));
  });

  it('still gives anyone __typename, which is not introspection', async () => {
    const res = await postGraphQL(platform.gateway.url, `{ __typename orgUnits(first: 1) { __typename totalCount } }`);
    expect(res.errors).toBeUndefined();
  });
});

describe('GATEWAY_INTROSPECTION', () => {
  afterEach(() => delete process.env.GATEWAY_INTROSPECTION);

  it('all: anonymous callers may introspect', async () => {
    process.env.GATEWAY_INTROSPECTION = 'all';
    const gateway = await platform.startGateway();
    try {
      expect((await postGraphQL(gateway.url, SCHEMA)).errors).toBeUndefined();
    } finally {
      await gateway.stop();
    }
  });

  it('off: nobody may, not even with a token', async () => {
    process.env.GATEWAY_INTROSPECTION = 'off';
    const gateway = await platform.startGateway();
    try {
      const res = await postGraphQL(gateway.url, TYPE, {}, analyst);
      expect(res.errors?.[0]).toMatchObject({
        message: 'introspection is disabled on this gateway',
        extensions: { code: 'INTROSPECTION_DISABLED' },
      });
    } finally {
      await gateway.stop();
    }
  });

  it('refuses an unknown policy at start', async () => {
    process.env.GATEWAY_INTROSPECTION = 'sometimes';
    await expect(platform.startGateway()).rejects.toThrow('GATEWAY_INTROSPECTION must be one of authenticated, all, off, got "sometimes"');
  });
});
