import { SignJWT } from 'jose';
import { IDENTITY_HEADER, signIdentity } from '@civic/runtime';
import { postGraphQL } from '@civic/testing';
import { signDevToken } from '../src';
import { startTestPlatform, type TestPlatform } from './support/platform';

let platform: TestPlatform;

beforeAll(async () => {
  platform = await startTestPlatform();
}, 180000);
afterAll(() => platform?.stop());

const DIRECTORY = `{ orgUnits(first: 2) { totalCount } }`;
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe('authentication at the gateway', () => {
  it('serves the public directory to callers without a token', async () => {
    const res = await postGraphQL(platform.gateway.url, DIRECTORY);
    expect(res.status).toBe(200);
    expect(res.errors).toBeUndefined();
  });

  it('accepts a valid development token', async () => {
    const res = await postGraphQL(platform.gateway.url, DIRECTORY, {}, bearer(await signDevToken({ role: 'ANALYST' })));
    expect(res.errors).toBeUndefined();
  });

  it.each([
    ['an expired token', async () => bearer(await signDevToken({ role: 'ADMIN', expiresIn: '-1m' })), 'token has expired'],
    [
      'a token signed with another secret',
      async () => bearer(await signDevToken({ role: 'ADMIN' }, 'not-our-secret')),
      'token signature is not valid',
    ],
    ['a malformed token', async () => bearer('abc.def.ghi'), 'token is malformed'],
    ['a header that is not Bearer', async () => ({ authorization: 'Basic dXNlcjpwdw==' }), 'Authorization header must be "Bearer <token>"'],
    [
      'a token without a role',
      async () =>
        bearer(await new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).sign(new TextEncoder().encode('dev-jwt-secret-change-me'))),
      'token carries no valid role',
    ],
    [
      'a scoped role without its org unit',
      async () => bearer(await signDevToken({ role: 'OPERATOR' })),
      'a OPERATOR token must name its org unit (org)',
    ],
  ])('refuses %s with UNAUTHENTICATED (401)', async (_label, headers, message) => {
    const res = await postGraphQL(platform.gateway.url, DIRECTORY, {}, await headers());
    expect(res.status).toBe(401);
    expect(res.errors?.[0]).toMatchObject({ message, extensions: { code: 'UNAUTHENTICATED' } });
    expect(res.data).toBeUndefined();
  });
});

describe('subgraphs only answer the gateway', () => {
  it.each(['org', 'volunteers', 'campaigns', 'training', 'workspace', 'community', 'assessment'] as const)(
    '%s refuses a request without the signed identity',
    async (name) => {
      const res = await postGraphQL(
        platform.subgraphs[name].url,
        `{ _entities(representations: [{ __typename: "OrgUnit", id: "1" }]) { __typename } }`,
        {},
        {
          [IDENTITY_HEADER]: '',
        },
      );
      expect(res.status).toBe(401);
      expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    },
  );

  it('refuses a forged identity (signed with another secret) and a tampered one', async () => {
    const url = platform.subgraphs.volunteers.url;
    const forged = await postGraphQL(
      url,
      `{ volunteer(id: "1") { phone } }`,
      {},
      { [IDENTITY_HEADER]: signIdentity({ subject: 'x', role: 'ADMIN' }, 'guessed') },
    );
    expect(forged.status).toBe(401);
    const genuine = signIdentity({ subject: 'x', role: 'ANALYST' });
    const tampered = Buffer.from(JSON.stringify({ subject: 'x', role: 'ADMIN', iat: Math.floor(Date.now() / 1000) })).toString('base64url');
    const res = await postGraphQL(
      url,
      `{ volunteer(id: "1") { phone } }`,
      {},
      { [IDENTITY_HEADER]: `${tampered}.${genuine.split('.')[1]}` },
    );
    expect(res.status).toBe(401);
  });

  it('still answers the composition query without an identity', async () => {
    const res = await postGraphQL<{ _service: { sdl: string } }>(
      platform.subgraphs.org.url,
      `{ _service { sdl } }`,
      {},
      { [IDENTITY_HEADER]: '' },
    );
    expect(res.data?._service.sdl).toContain('@key');
  });
});
