import { postGraphQL, type TypedDocument } from '@civic/testing';
import { signDevToken } from '../src';
import { graphql } from './generated';
import { startTestPlatform, type TestPlatform } from './support/platform';

let platform: TestPlatform;
let adminToken: string;

beforeAll(async () => {
  platform = await startTestPlatform({ own: ['volunteers'] });
  adminToken = await signDevToken({ role: 'ADMIN' });
}, 180000);
afterAll(() => platform?.stop());

const asAdmin = <TResult>(document: TypedDocument<TResult, Record<string, never>>) =>
  postGraphQL(platform.gateway.url, document, {}, { authorization: `Bearer ${adminToken}` });
const health = async (path: string) => {
  const res = await fetch(platform.gateway.url.replace('/graphql', path));
  return { status: res.status, body: (await res.json()) as { subgraphs?: Record<string, string> } };
};

const ORG_ONLY = graphql(`
  query OrgOnly {
    orgUnitByCode(code: "513426-ZX") {
      name
      children {
        name
      }
    }
  }
`);
/**
 * Org fields, a volunteers root field, and volunteers' `OrgUnit.volunteerStats`. The public contract
 * makes volunteerStats non-null, so while volunteers is down its null reaches the nearest nullable
 * parent (`center`), as GraphQL requires; the other org fields stay.
 */
const ORG_AND_VOLUNTEERS = graphql(`
  query OrgAndVolunteers {
    orgUnits(first: 3) {
      totalCount
      edges {
        node {
          name
          level
        }
      }
    }
    center: orgUnitByCode(code: "513426-ZX") {
      name
      volunteerStats(scope: SUBTREE) {
        volunteerCount
      }
    }
    volunteer(id: "1") {
      name
    }
  }
`);

/** The gateway names the subgraph (never its address) on every path it could not fill. */
const volunteersDown = (path: (string | number)[]) =>
  expect.objectContaining({
    message: expect.stringMatching(/volunteers service is unavailable/i),
    path,
    extensions: expect.objectContaining({ code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'volunteers' }),
  });

describe('the gateway while one subgraph is down', () => {
  it('serves what does not need it, nulls what does with a clear error, and serves it again once it is back', async () => {
    const before = await asAdmin(ORG_AND_VOLUNTEERS);
    expect(before.errors).toBeUndefined();
    expect(before.data!.center!.volunteerStats.volunteerCount).toBeGreaterThan(0);

    await platform.stopSubgraph('volunteers');
    // The gateway logs each failed fetch in full (with the address); that is for operators, not this output.
    const quiet = jest.spyOn(console, 'warn').mockImplementation(() => undefined);

    const orgOnly = await asAdmin(ORG_ONLY);
    expect(orgOnly.errors).toBeUndefined();
    expect(orgOnly.data!.orgUnitByCode!.name).toBe('会东县新时代文明实践中心');
    expect(orgOnly.data!.orgUnitByCode!.children.length).toBeGreaterThan(0);

    const partial = await asAdmin(ORG_AND_VOLUNTEERS);
    expect(partial.status).toBe(200);
    expect(partial.data).toEqual({ orgUnits: before.data!.orgUnits, center: null, volunteer: null });
    // `center` is null because volunteerStats is; the error sits on center or on its volunteerStats.
    const paths = partial.errors!.map((error) => error.path!);
    expect(partial.errors).toEqual([volunteersDown(paths[0]), volunteersDown(paths[1])]);
    expect(paths.map((path) => path[0]).sort()).toEqual(['center', 'volunteer']);
    expect(paths).toContainEqual(['volunteer']);
    const body = JSON.stringify(partial);
    expect(body).not.toMatch(/127\.0\.0\.1|localhost|http:|ECONN|Internal server error/);
    expect(body).not.toContain(String(platform.subgraphs.volunteers.port));

    // Still ready: a load balancer keeps every replica, which serve all the other subgraphs' fields.
    expect((await health('/health/ready')).status).toBe(200);
    expect((await health('/health')).status).toBe(200);
    const degraded = await health('/health/subgraphs');
    expect(degraded.status).toBe(503);
    expect(degraded.body.subgraphs).toEqual({
      org: 'ready',
      volunteers: 'unavailable',
      campaigns: 'ready',
      training: 'ready',
      workspace: 'ready',
      community: 'ready',
      assessment: 'ready',
    });

    quiet.mockRestore();
    await platform.restart('volunteers');

    const after = await asAdmin(ORG_AND_VOLUNTEERS);
    expect(after.errors).toBeUndefined();
    expect(after.data).toEqual(before.data);
    expect((await health('/health/subgraphs')).status).toBe(200);
  });
});
