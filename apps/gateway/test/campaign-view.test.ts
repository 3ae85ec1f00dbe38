import { campaignsSubgraph } from '@civic/campaigns';
import { startSubgraph, type RunningSubgraph } from '@civic/subgraph-kit';
import { queryTestDatabase, testDatabaseUrl } from '@civic/testing';
import type { RunningGateway } from '../src';
import { CampaignViewDocument, type CampaignViewQuery } from './generated/graphql';
import { callAs, type Caller } from './support/callers';
import { startTestPlatform, type TestPlatform } from './support/platform';

/** The propaganda department's campaign view: the contract's campaign-view.graphql, typed by codegen. */
type Bucket = NonNullable<CampaignViewQuery['campaign']>['byVenue'][number];

const ADMIN: Caller = { role: 'ADMIN', subject: 'campaign-view-admin' };
const PROPAGANDA: Caller = { role: 'PROPAGANDA', orgUnitCode: '513426-ZX', subject: 'campaign-view-propaganda' };
const sum = (buckets: Bucket[], field: 'eventCount' | 'audienceTotal') => buckets.reduce((n, b) => n + b[field], 0);

let platform: TestPlatform;
let lectureId: string;

beforeAll(async () => {
  platform = await startTestPlatform();
  const [lecture] = await queryTestDatabase<{ id: number }>(`SELECT id FROM campaigns.campaign WHERE name = '会东县党史学习教育宣讲'`);
  lectureId = String(lecture.id);
}, 180000);
afterAll(() => platform?.stop());

describe('the campaign view through the gateway (campaign-view.graphql)', () => {
  it('answers the Huidong Party-history lectures in one request from all four subgraphs', async () => {
    const res = await callAs(platform.gateway.url, PROPAGANDA, CampaignViewDocument, { id: lectureId, first: 10 });
    expect(res.errors).toBeUndefined();
    const view = res.data!.campaign!;
    expect(view.name).toBe('会东县党史学习教育宣讲');
    expect(view.organizer).toMatchObject({ name: '会东县新时代文明实践中心', level: 'CENTER', region: { code: '513426', name: '会东县' } });
    expect(view.stats.eventCount).toBeGreaterThanOrEqual(700);
    expect(view.byVenue.map((b) => b.key)).toEqual(['GOVERNMENT_AGENCY', 'SCHOOL', 'COMMUNITY', 'ENTERPRISE', 'COUNTRYSIDE']);
    for (const buckets of [view.byVenue, view.byTownship, view.byMonth]) {
      expect(sum(buckets, 'eventCount')).toBe(view.stats.eventCount);
      expect(sum(buckets, 'audienceTotal')).toBe(view.stats.audienceTotal);
    }
    expect(view.byTownship.filter((b) => b.eventCount > 0)).toHaveLength(19);
    expect(view.events.totalCount).toBe(view.stats.eventCount);
    expect(view.events.edges).toHaveLength(10);
    for (const { node } of view.events.edges) {
      expect(node.lectureGroup?.name).toMatch(/宣讲小组$/);
      expect(['INSTITUTE', 'STATION']).toContain(node.host.level);
      expect(node.host.ancestors[0].level).toBe('CENTER');
      expect(node.volunteers.length).toBeGreaterThan(0);
      expect(node.volunteers.every((v) => v.name.length > 0 && v.starLevel >= 0 && v.totalServiceHours >= 0)).toBe(true);
    }
  });

  it('gives a caller without a token the whole view but no volunteers (who served is personal data)', async () => {
    const res = await callAs(platform.gateway.url, { role: 'ANONYMOUS' }, CampaignViewDocument, { id: lectureId, first: 10 });
    expect(res.errors).toBeUndefined();
    const view = res.data!.campaign!;
    expect(view.stats.eventCount).toBeGreaterThanOrEqual(700);
    expect(view.events.edges).toHaveLength(10);
    expect(view.events.edges.every((e) => e.node.volunteers.length === 0)).toBe(true);
  });

  describe('statements in the campaigns subgraph', () => {
    // The platform's subgraphs are child processes; to count statements, a second gateway routes the
    // campaigns subgraph to an instance in this process (same database, same code) and reads its counter.
    let campaigns: RunningSubgraph;
    let gateway: RunningGateway;

    beforeAll(async () => {
      campaigns = await startSubgraph(campaignsSubgraph, { databaseUrl: testDatabaseUrl(), port: 0, migrate: false });
      gateway = await platform.startGateway({ subgraphUrls: { campaigns: campaigns.url } });
    }, 60000);
    afterAll(async () => {
      await gateway?.stop();
      await campaigns?.stop();
    });

    const statementsFor = async (caller: Caller, first: number) => {
      const before = campaigns.database.queries.total;
      const res = await callAs(gateway.url, caller, CampaignViewDocument, { id: lectureId, first });
      expect(res.errors).toBeUndefined();
      expect(res.data!.campaign!.events.edges).toHaveLength(first);
      return campaigns.database.queries.since(before);
    };

    it('is the same for a page of 10 events and a page of 100', async () => {
      const ten = await statementsFor(ADMIN, 10);
      const hundred = await statementsFor(ADMIN, 100);
      // campaign, stats, the three breakdowns (one statement), page, total, lecture groups, volunteers
      expect(ten).toBe(7);
      expect(hundred).toBe(ten);
    });

    it('is the same for a caller without a token, one statement fewer (no volunteer lookup)', async () => {
      const ten = await statementsFor({ role: 'ANONYMOUS' }, 10);
      const hundred = await statementsFor({ role: 'ANONYMOUS' }, 100);
      expect(ten).toBe(6);
      expect(hundred).toBe(ten);
    });
  });
});
