import { UNIT_TREE } from '@civic/org-tree';
import { queryTestDatabase, testRunConfiguration } from '@civic/testing';
import { graphql } from './generated';
import { callAs, type Caller } from './support/callers';
import { startTestPlatform, type TestPlatform } from './support/platform';

/**
 * The demo data read as an analyst's first queries read it: nothing in it may give itself away as
 * generated (hours bunched in one month, service before registration, twin villages, campaigns that
 * never end).
 */
let platform: TestPlatform;
const sql = <T>(text: string, params: unknown[] = []) => queryTestDatabase<T>(text, params, testRunConfiguration.load().testDatabaseUrl);
const ANALYST: Caller = { role: 'ANALYST', subject: 'analyst' };
const TODAY = '2026-12-03';

beforeAll(async () => {
  platform = await startTestPlatform();
}, 240000);
afterAll(() => platform?.stop());

const HUIDONG_HOURS_BY_MONTH = graphql(`
  query HuidongHoursByMonth {
    orgUnitByCode(code: "513426-ZX") {
      serviceHoursByMonth(from: "2020-07-01", to: "2021-12-31") {
        month
        hours
      }
    }
  }
`);

const CAMPAIGN_DATES = graphql(`
  query CampaignDates($after: String) {
    campaigns(first: 100, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          name
          startsOn
          endsOn
          closedAt
        }
      }
    }
  }
`);

const ACTIVE_TODAY = graphql(`
  query CampaignsActiveOn($day: Date!) {
    campaigns(first: 100, filter: { activeOn: $day }) {
      edges {
        node {
          name
          endsOn
        }
      }
    }
  }
`);

describe('the demo data survives an analyst', () => {
  it('has Huidong service hours in every month from 2020-07 to 2021-12', async () => {
    const res = await callAs(platform.gateway.url, ANALYST, HUIDONG_HOURS_BY_MONTH);
    expect(res.errors).toBeUndefined();
    const months = res.data!.orgUnitByCode!.serviceHoursByMonth;
    expect(months.map((m) => m.month)).toHaveLength(18);
    const empty = months.filter((m) => !(m.hours > 0)).map((m) => m.month);
    expect(empty).toEqual([]);
    // No month carries most of the county's work.
    const total = months.reduce((sum, m) => sum + m.hours, 0);
    expect(Math.max(...months.map((m) => m.hours)) / total).toBeLessThan(0.2);
  });

  it('has no service record that starts before its volunteer registered', async () => {
    const [row] = await sql<{ early: string }>(
      `SELECT count(*) AS early FROM volunteers.service_record r JOIN volunteers.volunteer v ON v.id = r.volunteer_id
       WHERE r.started_at < v.registered_at`,
    );
    expect(Number(row.early)).toBe(0);
  });

  it('has hours spread over at least 12 months across the whole demo', async () => {
    const [row] = await sql<{ months: string }>(
      `SELECT count(DISTINCT date_trunc('month', started_at AT TIME ZONE 'Asia/Shanghai')) AS months
       FROM volunteers.service_record WHERE status = 'APPROVED'`,
    );
    expect(Number(row.months)).toBeGreaterThanOrEqual(12);
  });

  it('gives no two units under one parent the same name, and Huidong 204 distinct station names', async () => {
    const twins = await sql<{ parent_id: number; name: string }>(
      `SELECT parent_id, name FROM org.org_unit GROUP BY parent_id, name HAVING count(*) > 1`,
    );
    expect(twins).toEqual([]);
    const [stations] = await sql<{ stations: string; names: string }>(
      `SELECT count(*) AS stations, count(DISTINCT u.name) AS names FROM ${UNIT_TREE} c
       JOIN ${UNIT_TREE} u ON u.path LIKE c.path || '%' AND u.level = 'STATION' WHERE c.code = '513426-ZX'`,
    );
    expect(Number(stations.stations)).toBe(204);
    expect(Number(stations.names)).toBe(204);
  });

  it('dates every campaign: one-day ones end that day, and only the standing customs-reform drive runs on today', async () => {
    const campaigns: { name: string; startsOn?: string | null; endsOn?: string | null }[] = [];
    let after: string | null | undefined;
    do {
      const res = await callAs(platform.gateway.url, ANALYST, CAMPAIGN_DATES, { after });
      expect(res.errors).toBeUndefined();
      campaigns.push(...res.data!.campaigns.edges.map((e) => e.node));
      after = res.data!.campaigns.pageInfo.hasNextPage ? res.data!.campaigns.pageInfo.endCursor : null;
    } while (after);
    expect(campaigns.length).toBeGreaterThan(0);
    expect(campaigns.filter((c) => !c.startsOn).map((c) => c.name)).toEqual([]);
    expect(campaigns.filter((c) => c.endsOn && c.endsOn < c.startsOn!).map((c) => c.name)).toEqual([]);
    const open = campaigns.filter((c) => !c.endsOn).map((c) => c.name);
    expect(open).toEqual(['会东县移风易俗十大行动']);
    for (const oneDay of ['专题宣讲展览', '艺术节']) {
      const campaign = campaigns.find((c) => c.name.includes(oneDay))!;
      expect(campaign.endsOn).toBe(campaign.startsOn);
    }

    const active = await callAs(platform.gateway.url, ANALYST, ACTIVE_TODAY, { day: TODAY });
    expect(active.errors).toBeUndefined();
    expect(active.data!.campaigns.edges.map((e) => e.node.name)).toEqual(open);
  });

  it('dates no activity, event or order after the reports’ period', async () => {
    const [late] = await sql<{ activities: string; events: string; orders: string }>(
      `SELECT (SELECT count(*) FROM volunteers.activity WHERE starts_at >= timestamptz '2022-01-01 00:00+08') AS activities,
              (SELECT count(*) FROM campaigns.campaign_event WHERE held_at >= timestamptz '2022-01-01 00:00+08') AS events,
              (SELECT count(*) FROM volunteers.service_request WHERE created_at >= timestamptz '2022-01-01 00:00+08') AS orders`,
    );
    expect(late).toEqual({ activities: '0', events: '0', orders: '0' });
  });
});
