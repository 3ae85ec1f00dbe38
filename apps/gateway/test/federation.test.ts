import { postGraphQL } from '@civic/testing';
import { signDevToken } from '../src';
import { graphql } from './generated';
import { startTestPlatform, type TestPlatform } from './support/platform';

let platform: TestPlatform;

beforeAll(async () => {
  platform = await startTestPlatform();
}, 180000);
afterAll(() => platform?.stop());

const ACROSS_ALL_SUBGRAPHS = graphql(`
  query AcrossAllSubgraphs {
    orgUnits(first: 5) {
      totalCount
      edges {
        node {
          name
          volunteerStats(scope: SUBTREE) {
            volunteerCount
          }
          campaignStats(scope: SUBTREE) {
            eventCount
          }
          trainingPrograms {
            title
          }
        }
      }
    }
  }
`);
const VOLUNTEER_HOME_UNIT = graphql(`
  query VolunteerHomeUnit {
    volunteer(id: "1") {
      name
      homeUnit {
        name
        level
        ancestors {
          level
        }
      }
    }
  }
`);
const PAGE_TOO_LARGE = graphql(`
  query PageTooLarge {
    orgUnits(first: 1000) {
      totalCount
    }
  }
`);

describe('the federated API through the gateway', () => {
  it('reports every subgraph ready at /health/subgraphs', async () => {
    const res = await fetch(platform.gateway.url.replace('/graphql', '/health/subgraphs'));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      status: 'ok',
      service: 'gateway',
      subgraphs: {
        org: 'ready',
        volunteers: 'ready',
        campaigns: 'ready',
        training: 'ready',
        workspace: 'ready',
        community: 'ready',
        assessment: 'ready',
      },
    });
  });

  it('answers one query with data from all four domain subgraphs', async () => {
    const res = await postGraphQL(platform.gateway.url, ACROSS_ALL_SUBGRAPHS, {});
    expect(res.errors).toBeUndefined();
    const { totalCount, edges } = res.data!.orgUnits;
    expect(totalCount).toBe(367); // Huidong's 254 as reported, the 12 Chengdu and Tongchuan units the reports name, and 101 more in Tongchuan and Qionglai
    expect(edges).toHaveLength(5);
    const center = edges[0].node;
    expect(center.name).toBe('会东县新时代文明实践中心');
    expect(center.volunteerStats.volunteerCount).toBeGreaterThanOrEqual(90000);
    expect(center.campaignStats.eventCount).toBeGreaterThanOrEqual(700);
    expect(center.trainingPrograms.length).toBeGreaterThanOrEqual(4);
  });

  it('follows references from a volunteer back into the org hierarchy', async () => {
    const analyst = { authorization: `Bearer ${await signDevToken({ role: 'ANALYST' })}` };
    const res = await postGraphQL(platform.gateway.url, VOLUNTEER_HOME_UNIT, {}, analyst);
    expect(res.errors).toBeUndefined();
    expect(res.data!.volunteer!.homeUnit!.ancestors[0].level).toBe('CENTER');
  });

  it('passes client errors through with their code and without internals', async () => {
    const res = await postGraphQL(platform.gateway.url, PAGE_TOO_LARGE, {});
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toMatch(/first must be between 0 and 100/);
    expect(JSON.stringify(res)).not.toMatch(/stacktrace|node_modules/);
  });
});
