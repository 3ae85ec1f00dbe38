import { createScratchDatabase } from '@civic/kernel/testing';
import type { RunningGateway } from '../src';
import { callAs, type Caller } from './support/callers';
import { sample } from './support/metrics';
import { startTestPlatform, type TestPlatform } from './support/platform';

/**
 * Operations one subgraph answers as they stand skip Apollo's query-plan execution
 * (SingleFetchGateway). Whatever the outcome, the client must get what Apollo's executor gives:
 * each case goes to a gateway forwarding them and to one that does not, over the same subgraphs.
 */
let platform: TestPlatform;
let apolloOnly: RunningGateway;

beforeAll(async () => {
  platform = await startTestPlatform({ databaseUrl: await createScratchDatabase() });
  apolloOnly = await platform.startGateway({ forwardSingleFetches: false });
}, 240000);
afterAll(async () => {
  await apolloOnly?.stop();
  await platform?.stop();
});

const ADMIN: Caller = { role: 'ADMIN', subject: 'admin' };

/** What the client sees, less the request id each answer's errors carry. */
async function answer(gateway: RunningGateway, caller: Caller, query: string, variables: Record<string, unknown> = {}) {
  const res = await callAs(gateway.url, caller, query, variables);
  const errors = res.errors?.map(({ extensions, ...error }) => {
    const { requestId, ...rest } = extensions ?? {};
    expect(typeof requestId).toBe('string');
    return { ...error, extensions: rest };
  });
  return { status: res.status, data: res.data, errors };
}

async function expectSameAnswer(caller: Caller, query: string, variables: Record<string, unknown> = {}) {
  const forwarded = await answer(platform.gateway, caller, query, variables);
  expect(forwarded).toEqual(await answer(apolloOnly, caller, query, variables));
  return forwarded;
}

async function forwardedCount(gateway: RunningGateway, subgraph: string): Promise<number | undefined> {
  const text = await (await fetch(gateway.url.replace('/graphql', '/metrics'))).text();
  return sample(text, 'civic_gateway_forwarded_operations_total', { subgraph });
}

const TREE = `query Tree($code: String!) { orgUnitByCode(code: $code) { id name level isPilot region { code name } venues { id name kind } children { id name level } } }`;
const PROFILE = `query Profile($id: ID!, $withTeams: Boolean!) {
  v: volunteer(id: $id) { who: name starLevel teams @include(if: $withTeams) { id name } records: serviceRecords(first: 3) { totalCount edges { node { id hours } } } }
}`;
const RECORD = `mutation Record($input: RecordServiceInput!) { recordService(input: $input) { hours status volunteer { id } } }`;

describe('operations one subgraph answers, sent straight to it', () => {
  it('answer as through Apollo: a tree of the org hierarchy', async () => {
    const before = (await forwardedCount(platform.gateway, 'org')) ?? 0;
    const res = await expectSameAnswer(ADMIN, TREE, { code: '513426-ZX' });
    expect(res.errors).toBeUndefined();
    expect(res.data!.orgUnitByCode.name).toBe('会东县新时代文明实践中心');
    expect(res.data!.orgUnitByCode.children.length).toBeGreaterThan(0);
    expect(await forwardedCount(platform.gateway, 'org')).toBe(before + 1);
    expect(await forwardedCount(apolloOnly, 'org')).toBeUndefined();
  });

  it('answer as through Apollo: aliases, @include either way, nested pages', async () => {
    for (const withTeams of [true, false]) {
      const res = await expectSameAnswer(ADMIN, PROFILE, { id: '1', withTeams });
      expect(res.errors).toBeUndefined();
      expect(Object.keys(res.data!.v)).toEqual(withTeams ? ['who', 'starLevel', 'teams', 'records'] : ['who', 'starLevel', 'records']);
    }
  });

  it('answer as through Apollo: nothing found', async () => {
    await expectSameAnswer(ADMIN, `{ volunteer(id: "999999999") { name } }`);
    await expectSameAnswer(ADMIN, TREE, { code: 'NO-SUCH-UNIT' });
  });

  it("answer as through Apollo: the subgraph's own refusals, with their codes and paths", async () => {
    const badInput = await expectSameAnswer(ADMIN, `{ orgUnits(first: 1000) { totalCount } }`);
    expect(badInput.errors?.[0]).toMatchObject({ path: ['orgUnits'], extensions: { code: 'BAD_USER_INPUT' } });
    const anonymous = await expectSameAnswer({ role: 'ANONYMOUS' }, `{ volunteer(id: "1") { name phone } }`);
    expect(anonymous.errors?.[0]?.extensions?.code).toMatch(/UNAUTHENTICATED|FORBIDDEN/);
    const backwards = await expectSameAnswer(ADMIN, RECORD, {
      input: { volunteerId: '1', startedAt: '2026-05-01T10:00:00Z', endedAt: '2026-05-01T08:00:00Z', description: 'backwards' },
    });
    expect(backwards.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('answer as through Apollo: variables missing or of the wrong type, before any subgraph is asked', async () => {
    const before = await forwardedCount(platform.gateway, 'org');
    expect(before).toBeGreaterThan(0);
    const missing = await expectSameAnswer(ADMIN, TREE, {});
    expect(missing.errors?.[0]?.message).toMatch(/\$code/);
    await expectSameAnswer(ADMIN, TREE, { code: 5 });
    await expectSameAnswer(ADMIN, PROFILE, { id: '1', withTeams: 'yes' });
    expect(await forwardedCount(platform.gateway, 'org')).toBe(before);
  });

  it('record a service as through Apollo', async () => {
    const input = (key: string) => ({ volunteerId: '2', startedAt: '2026-05-02T08:00:00Z', endedAt: '2026-05-02T10:30:00Z', description: 'forwarded', idempotencyKey: key });
    const forwarded = await answer(platform.gateway, ADMIN, RECORD, { input: input('single-fetch-a') });
    const throughApollo = await answer(apolloOnly, ADMIN, RECORD, { input: input('single-fetch-a') });
    expect(forwarded.errors).toBeUndefined();
    expect(forwarded.data!.recordService).toEqual({ hours: 2.5, status: expect.any(String), volunteer: { id: '2' } });
    // The same idempotency key: Apollo's answer is the record the forwarded mutation made.
    expect(throughApollo).toEqual(forwarded);
  });

  it('is switched by GATEWAY_FORWARD_SINGLE_FETCHES, and refuses to start on a value it cannot read', async () => {
    process.env.GATEWAY_FORWARD_SINGLE_FETCHES = 'off';
    try {
      const switchedOff = await platform.startGateway();
      try {
        expect((await answer(switchedOff, ADMIN, TREE, { code: '513426-ZX' })).errors).toBeUndefined();
        expect(await forwardedCount(switchedOff, 'org')).toBeUndefined();
      } finally {
        await switchedOff.stop();
      }
      process.env.GATEWAY_FORWARD_SINGLE_FETCHES = 'sometimes';
      await expect(platform.startGateway()).rejects.toThrow('GATEWAY_FORWARD_SINGLE_FETCHES must be true or false, got "sometimes"');
    } finally {
      delete process.env.GATEWAY_FORWARD_SINGLE_FETCHES;
    }
  });
});

describe('a subgraph that does not answer, for a forwarded operation', () => {
  let forwarding: RunningGateway;
  let notForwarding: RunningGateway;
  const closedPort = { subgraphUrls: { org: 'http://127.0.0.1:9/graphql' }, logLevel: 'error' };

  beforeAll(async () => {
    forwarding = await platform.startGateway(closedPort);
    notForwarding = await platform.startGateway({ ...closedPort, forwardSingleFetches: false });
  });
  afterAll(async () => {
    await forwarding?.stop();
    await notForwarding?.stop();
  });

  it('costs the client the same SUBGRAPH_UNAVAILABLE error as through Apollo', async () => {
    const viaForwarding = await answer(forwarding, ADMIN, TREE, { code: '513426-ZX' });
    expect(viaForwarding).toEqual(await answer(notForwarding, ADMIN, TREE, { code: '513426-ZX' }));
    expect(viaForwarding.errors?.[0]).toMatchObject({ path: ['orgUnitByCode'], extensions: { code: 'SUBGRAPH_UNAVAILABLE' } });
  });
});
