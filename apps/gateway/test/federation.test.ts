import { postGraphQL } from '@civic/testing';
import { signDevToken } from '../src';
import { startTestPlatform, type TestPlatform } from './support/platform';

let platform: TestPlatform;

beforeAll(async () => {
  platform = await startTestPlatform();
}, 180000);
afterAll(() => platform?.stop());

const gql = (q: string, variables?: Record<string, unknown>) => postGraphQL<Record<string, any>>(platform.gateway.url, q, variables);

describe('the federated API through the gateway', () => {
  it('reports every subgraph ready at /health/subgraphs', async () => {
    const res = await fetch(platform.gateway.url.replace('/graphql', '/health/subgraphs'));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      status: 'ok',
      service: 'gateway',
      subgraphs: { org: 'ready', volunteers: 'ready', campaigns: 'ready', training: 'ready' },
    });
  });

  it('answers one query with data from all four subgraphs', async () => {
    const res = await gql(`{ orgUnits(first: 5) { totalCount edges { node { name
      volunteerStats(scope: SUBTREE) { volunteerCount }
      campaignStats(scope: SUBTREE) { eventCount }
      trainingPrograms { title } } } } }`);
    expect(res.errors).toBeUndefined();
    const { totalCount, edges } = res.data!.orgUnits;
    expect(totalCount).toBe(266); // Huidong's 254 as reported, plus the 12 Chengdu and Tongchuan units the reports name
    expect(edges).toHaveLength(5);
    const center = edges[0].node;
    expect(center.name).toBe('会东县新时代文明实践中心');
    expect(center.volunteerStats.volunteerCount).toBeGreaterThanOrEqual(90000);
    expect(center.campaignStats.eventCount).toBeGreaterThanOrEqual(700);
    expect(center.trainingPrograms.length).toBeGreaterThanOrEqual(4);
  });

  it('follows references from a volunteer back into the org hierarchy', async () => {
    const res = await postGraphQL<Record<string, any>>(platform.gateway.url, `{ volunteer(id: "1") { name homeUnit { name level ancestors { level } } } }`, {}, {
      authorization: `Bearer ${await signDevToken({ role: 'ANALYST' })}`,
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.volunteer.homeUnit.ancestors[0].level).toBe('CENTER');
  });

  it('passes client errors through with their code and without internals', async () => {
    const res = await gql(`{ orgUnits(first: 1000) { totalCount } }`);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toMatch(/first must be between 0 and 100/);
    expect(JSON.stringify(res)).not.toMatch(/stacktrace|node_modules/);
  });
});
