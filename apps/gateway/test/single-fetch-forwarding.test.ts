import { createScratchDatabase } from '@civic/testing';
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
async function answer(
  gateway: RunningGateway,
  caller: Caller,
  query: string,
  variables: Record<string, unknown> = {},
  operationName?: string,
) {
  const res = await callAs(gateway.url, caller, query, variables, operationName);
  const errors = res.errors?.map(({ extensions, ...error }) => {
    const { requestId, ...rest } = extensions ?? {};
    expect(typeof requestId).toBe('string');
    return { ...error, extensions: rest };
  });
  return { status: res.status, data: res.data, errors };
}

async function expectSameResponse(caller: Caller, query: string, variables: Record<string, unknown> = {}, operationName?: string) {
  const forwarded = await answer(platform.gateway, caller, query, variables, operationName);
  expect(forwarded).toEqual(await answer(apolloOnly, caller, query, variables, operationName));
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
    const res = await expectSameResponse(ADMIN, TREE, { code: '513426-ZX' });
    expect(res.errors).toBeUndefined();
    expect(res.data!.orgUnitByCode.name).toBe('会东县新时代文明实践中心');
    expect(res.data!.orgUnitByCode.children.length).toBeGreaterThan(0);
    expect(await forwardedCount(platform.gateway, 'org')).toBe(before + 1);
    expect(await forwardedCount(apolloOnly, 'org')).toBeUndefined();
  });

  it('answer as through Apollo: aliases, @include either way, nested pages', async () => {
    for (const withTeams of [true, false]) {
      const res = await expectSameResponse(ADMIN, PROFILE, { id: '1', withTeams });
      expect(res.errors).toBeUndefined();
      expect(Object.keys(res.data!.v)).toEqual(withTeams ? ['who', 'starLevel', 'teams', 'records'] : ['who', 'starLevel', 'records']);
    }
  });

  it('answer as through Apollo: nothing found', async () => {
    await expectSameResponse(ADMIN, `{ volunteer(id: "999999999") { name } }`);
    await expectSameResponse(ADMIN, TREE, { code: 'NO-SUCH-UNIT' });
  });

  it("answer as through Apollo: the subgraph's own refusals, with their codes and paths", async () => {
    const badInput = await expectSameResponse(ADMIN, `{ orgUnits(first: 1000) { totalCount } }`);
    expect(badInput.errors?.[0]).toMatchObject({ path: ['orgUnits'], extensions: { code: 'BAD_USER_INPUT' } });
    const anonymous = await expectSameResponse({ role: 'ANONYMOUS' }, `{ volunteer(id: "1") { name phone } }`);
    expect(anonymous.errors?.[0]?.extensions?.code).toMatch(/UNAUTHENTICATED|FORBIDDEN/);
    const backwards = await expectSameResponse(ADMIN, RECORD, {
      input: { volunteerId: '1', startedAt: '2026-05-01T10:00:00Z', endedAt: '2026-05-01T08:00:00Z', description: 'backwards' },
    });
    expect(backwards.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('answer as through Apollo: variables missing or of the wrong type, before any subgraph is asked', async () => {
    const before = await forwardedCount(platform.gateway, 'org');
    expect(before).toBeGreaterThan(0);
    const missing = await expectSameResponse(ADMIN, TREE, {});
    expect(missing.errors?.[0]?.message).toMatch(/\$code/);
    await expectSameResponse(ADMIN, TREE, { code: 5 });
    await expectSameResponse(ADMIN, PROFILE, { id: '1', withTeams: 'yes' });
    expect(await forwardedCount(platform.gateway, 'org')).toBe(before);
  });

  it('record a service as through Apollo', async () => {
    const input = (key: string) => ({
      volunteerId: '2',
      startedAt: '2026-05-02T08:00:00Z',
      endedAt: '2026-05-02T10:30:00Z',
      description: 'forwarded',
      idempotencyKey: key,
    });
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

/** Fetches each gateway of the suite sent to `subgraph`, whatever their outcome. */
async function subgraphRequests(subgraph: string): Promise<number> {
  let total = 0;
  for (const gateway of [platform.gateway, apolloOnly]) {
    const text = await (await fetch(gateway.url.replace('/graphql', '/metrics'))).text();
    for (const outcome of ['ok', 'error', 'timeout', 'unavailable'])
      total += sample(text, 'civic_gateway_subgraph_requests_total', { subgraph, outcome }) ?? 0;
  }
  return total;
}

/** Sends the case to both gateways and expects the same BAD_USER_INPUT (400) naming the variable, with no subgraph asked. */
async function expectRefusedVariable(
  subgraph: string,
  variable: string,
  query: string,
  variables: Record<string, unknown>,
  operationName?: string,
) {
  const before = await subgraphRequests(subgraph);
  const res = await expectSameResponse(ADMIN, query, variables, operationName);
  expect(res.status).toBe(400);
  expect(res.data).toBeUndefined();
  expect(res.errors).toHaveLength(1);
  expect(res.errors![0]).toMatchObject({
    message: expect.stringContaining(`Variable "$${variable}" got invalid value`),
    extensions: { code: 'BAD_USER_INPUT' },
  });
  expect(await subgraphRequests(subgraph)).toBe(before);
  return res.errors![0];
}

describe('input that once cost a 500 or an internal error, on either path', () => {
  const THEMES = `query Themes($b: Boolean = false) { teamThemes @include(if: $b) }`;
  const HOME = `query Home($b: Boolean = true) { volunteer(id: "1") { name homeUnit @skip(if: $b) { name } } }`;
  const BY_CODE = `query ByCode($code: String = "513426-ZX") { orgUnitByCode(code: $code) { name } }`;

  it('refuses null for a defaulted variable where a non-null value is needed; left out, the default applies', async () => {
    const error = await expectRefusedVariable('volunteers', 'b', THEMES, { b: null });
    expect(error.message).toContain('Boolean!');
    await expectRefusedVariable('volunteers', 'b', HOME, { b: null });
    await expectRefusedVariable('org', 'code', BY_CODE, { code: null });

    expect(await expectSameResponse(ADMIN, THEMES, {})).toEqual({ status: 200, data: {}, errors: undefined });
    const home = await expectSameResponse(ADMIN, HOME, {});
    expect(home.errors).toBeUndefined();
    expect(Object.keys(home.data!.volunteer)).toEqual(['name']);
    expect((await expectSameResponse(ADMIN, BY_CODE, {})).data).toEqual({ orgUnitByCode: { name: '会东县新时代文明实践中心' } });
  });

  it("runs one of several operations declaring $v0 with their own types, whatever the other's fragments use", async () => {
    const document = `
      query Units($v0: Int) { ...Page }
      query Unit($v0: String!) { orgUnitByCode(code: $v0) { name } }
      fragment Page on Query { orgUnits(first: $v0) { totalCount } }`;
    const unit = await expectSameResponse(ADMIN, document, { v0: '513426-ZX' }, 'Unit');
    expect(unit).toEqual({ status: 200, data: { orgUnitByCode: { name: '会东县新时代文明实践中心' } }, errors: undefined });
    const units = await expectSameResponse(ADMIN, document, { v0: 2 }, 'Units');
    expect(units.data!.orgUnits.totalCount).toBeGreaterThan(0);
    await expectRefusedVariable('org', 'v0', document, { v0: 'two' }, 'Units');
  });

  it('refuses dates and date-times that are not on the calendar, naming the variable, before any subgraph is asked', async () => {
    const ACTIVE = `query Active($day: Date) { campaigns(first: 1, filter: { activeOn: $day }) { totalCount } }`;
    const error = await expectRefusedVariable('campaigns', 'day', ACTIVE, { day: '2025-02-30' });
    expect(error.message).toContain('"2025-02-30" is not a real calendar date');
    await expectRefusedVariable('campaigns', 'day', ACTIVE, { day: '2025-2-3' });
    // Year 0 does not exist; PostgreSQL refused it, which the client saw as an internal error.
    await expectRefusedVariable('campaigns', 'day', ACTIVE, { day: '0000-01-01' });
    await expectRefusedVariable(
      'campaigns',
      'asOf',
      `query Coverage($asOf: Date) { orgUnitByCode(code: "513426-ZX") { name customsReformCoverage(asOf: $asOf) { stationCount } } }`,
      {
        asOf: '2023-02-29',
      },
    );
    await expectRefusedVariable(
      'volunteers',
      'from',
      `query Top($from: DateTime) { orgUnitByCode(code: "513426-ZX") { topVolunteers(from: $from) { hours } } }`,
      {
        from: '2025-04-31T08:00:00+08:00',
      },
    );
    const nested = await expectRefusedVariable('volunteers', 'input', RECORD, {
      input: {
        volunteerId: '1',
        startedAt: '2025-02-30T08:00:00+08:00',
        endedAt: '2025-03-01T10:00:00+08:00',
        description: 'impossible day',
      },
    });
    expect(nested.message).toContain('at "input.startedAt"');

    const valid = await expectSameResponse(ADMIN, ACTIVE, { day: '2024-02-29' });
    expect(valid.errors).toBeUndefined();
    expect(valid.data!.campaigns.totalCount).toEqual(expect.any(Number));
  });

  it('refuses a date literal that is not on the calendar as a validation error', async () => {
    const res = await expectSameResponse(ADMIN, `{ campaigns(first: 1, filter: { activeOn: "2025-02-30" }) { totalCount } }`);
    expect(res.status).toBe(400);
    expect(res.errors?.[0]).toMatchObject({
      message: 'Expected value of type "Date", found "2025-02-30"; "2025-02-30" is not a real calendar date',
      locations: [{ line: 1, column: 43 }],
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
  });
});

describe('a field aliased __typename, as the spec allows', () => {
  const HEAD = '会东县新时代文明实践中心';

  it("answers the field's value through the shortcut and through Apollo's executor alike", async () => {
    const before = (await forwardedCount(platform.gateway, 'org')) ?? 0;
    const byCode = await expectSameResponse(ADMIN, `{ orgUnitByCode(code: "513426-ZX") { __typename: name } }`);
    expect(byCode).toEqual({ status: 200, data: { orgUnitByCode: { __typename: HEAD } }, errors: undefined });
    expect(await forwardedCount(platform.gateway, 'org')).toBe(before + 1);
  });

  it('answers the same with the id written inline (not forwarded) or passed as a variable (forwarded)', async () => {
    const before = (await forwardedCount(platform.gateway, 'org')) ?? 0;
    const inline = await expectSameResponse(ADMIN, `{ orgUnit(id: "1") { __typename: name } }`);
    expect(await forwardedCount(platform.gateway, 'org')).toBe(before);
    const variable = await expectSameResponse(ADMIN, `query($id: ID!) { orgUnit(id: $id) { __typename: name } }`, { id: '1' });
    expect(await forwardedCount(platform.gateway, 'org')).toBe(before + 1);
    expect(inline).toEqual({ status: 200, data: { orgUnit: { __typename: HEAD } }, errors: undefined });
    expect(variable).toEqual(inline);
  });

  it('answers values that are not strings, objects and lists under the alias', async () => {
    const count = await expectSameResponse(ADMIN, `{ orgUnits(first: 2) { __typename: totalCount } }`);
    expect(count.errors).toBeUndefined();
    expect(count.data!.orgUnits.__typename).toBeGreaterThan(0);

    const region = await expectSameResponse(
      ADMIN,
      `{ orgUnitByCode(code: "513426-ZX") { __typename: region { __typename: name t: __typename } } }`,
    );
    expect(region).toEqual({
      status: 200,
      data: { orgUnitByCode: { __typename: { __typename: '会东县', t: 'Region' } } },
      errors: undefined,
    });

    const children = await expectSameResponse(ADMIN, `{ orgUnitByCode(code: "513426-ZX") { __typename: children { __typename: level } } }`);
    expect(children.data!.orgUnitByCode.__typename.length).toBeGreaterThan(0);
    expect(children.data!.orgUnitByCode.__typename[0]).toEqual({ __typename: expect.any(String) });
  });

  it('answers nested aliases across subgraphs and in fragments, keys in the order asked', async () => {
    const across = await expectSameResponse(
      ADMIN,
      `{ volunteer(id: "1") { __typename: name homeUnit { t: __typename __typename: name id } } }`,
    );
    expect(across.errors).toBeUndefined();
    expect(across.data!.volunteer).toEqual({
      __typename: expect.any(String),
      homeUnit: { t: 'OrgUnit', __typename: expect.any(String), id: expect.any(String) },
    });
    expect(Object.keys(across.data!.volunteer.homeUnit)).toEqual(['t', '__typename', 'id']);

    const fragment = await expectSameResponse(
      ADMIN,
      `{ orgUnitByCode(code: "513426-ZX") { ...Unit } } fragment Unit on OrgUnit { id __typename: code }`,
    );
    expect(fragment).toEqual({ status: 200, data: { orgUnitByCode: { id: '1', __typename: '513426-ZX' } }, errors: undefined });
  });

  it('gives an error under the alias its path with __typename', async () => {
    const res = await expectSameResponse(
      { role: 'ANONYMOUS' },
      `{ orgUnitByCode(code: "513426-ZX") { name __typename: topVolunteers { hours } } }`,
    );
    expect(res.data).toEqual({ orgUnitByCode: { name: HEAD, __typename: null } });
    expect(res.errors?.[0]).toMatchObject({ path: ['orgUnitByCode', '__typename'], extensions: { code: 'UNAUTHENTICATED' } });
  });
});
