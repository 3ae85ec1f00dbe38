import { createScratchDatabase, queryTestDatabase } from '@civic/testing';
import { graphql } from './generated';
import { callAs, type Caller } from './support/callers';
import { startTestPlatform, type TestPlatform } from './support/platform';

/**
 * A county's daily campaign work through the gateway (issue #19's acceptance): a campaign closed,
 * a mistyped event corrected and another voided, after which every figure the API gives equals a
 * recount from the rows, and each change is in the audit log with its reason.
 */
let platform: TestPlatform;
let databaseUrl: string;
const sql = <T>(text: string, params: unknown[] = []) => queryTestDatabase<T>(text, params, databaseUrl);

beforeAll(async () => {
  databaseUrl = await createScratchDatabase();
  platform = await startTestPlatform({ databaseUrl });
}, 240000);
afterAll(() => platform?.stop());

const ADMIN: Caller = { role: 'ADMIN', subject: 'county-admin' };

const CAMPAIGN_FIGURES = graphql(`
  query DailyWorkCampaignFigures($id: ID!) {
    campaign(id: $id) {
      id
      version
      closedAt
      stats {
        eventCount
        audienceTotal
      }
      byFormat: breakdown(by: FORMAT) {
        key
        eventCount
        audienceTotal
      }
      byPlace: breakdown(by: VENUE_TYPE) {
        key
        eventCount
        audienceTotal
      }
      byMonth: breakdown(by: MONTH) {
        key
        eventCount
        audienceTotal
      }
      organizer {
        id
        campaignStats(campaignId: $id) {
          eventCount
          audienceTotal
        }
        campaignEventBreakdown(dimensions: [TOWNSHIP], campaignId: $id, skipEmptyUnits: true) {
          keys {
            key
            label
          }
          eventCount
          audienceTotal
        }
      }
      events(first: 2, orderBy: { field: HELD_AT, direction: ASC }) {
        edges {
          node {
            id
            version
            audienceCount
          }
        }
      }
    }
  }
`);

const CLOSE = graphql(`
  mutation DailyWorkCloseCampaign($input: CampaignStateInput!) {
    closeCampaign(input: $input) {
      closedAt
      version
    }
  }
`);

const CORRECT = graphql(`
  mutation DailyWorkCorrectEvent($input: CorrectCampaignEventInput!) {
    correctCampaignEvent(input: $input) {
      audienceCount
      version
    }
  }
`);

const VOID = graphql(`
  mutation DailyWorkVoidEvent($input: VoidCampaignEventInput!) {
    voidCampaignEvent(input: $input) {
      voidedAt
      voidReason
    }
  }
`);

const AUDIT = graphql(`
  query DailyWorkAudit($entityId: ID!) {
    auditLog(filter: { entityId: $entityId }, first: 20) {
      edges {
        node {
          action
          entityType
          reason
          changesJson
          at
        }
      }
    }
  }
`);

interface Bucket {
  key: string;
  eventCount: number;
  audienceTotal: number;
}

const byKey = (buckets: Bucket[]) =>
  Object.fromEntries(buckets.filter((b) => b.eventCount > 0).map((b) => [b.key, [b.eventCount, b.audienceTotal]]));

async function recount(campaignId: string, groupBy: string): Promise<Record<string, [number, number]>> {
  const rows = await sql<{ key: string; events: number; audience: number }>(
    `SELECT ${groupBy} AS key, count(*)::int AS events, sum(audience_count)::int AS audience
       FROM campaigns.campaign_event e WHERE e.campaign_id = $1 AND e.voided_at IS NULL GROUP BY 1`,
    [campaignId],
  );
  return Object.fromEntries(rows.map((row) => [row.key, [row.events, row.audience]]));
}

describe("a county's campaign work through the gateway", () => {
  it('closes a campaign, corrects one event and voids another: every figure equals a recount, and each change is audited', async () => {
    const [{ id }] = await sql<{ id: string }>(`SELECT id::text FROM campaigns.campaign WHERE name = '会东县党史学习教育宣讲'`);
    const before = (await callAs(platform.gateway.url, ADMIN, CAMPAIGN_FIGURES, { id })).data!.campaign!;
    const [first, second] = before.events.edges.map((edge) => edge.node);

    const closed = await callAs(platform.gateway.url, ADMIN, CLOSE, {
      input: { id, expectedVersion: before.version, reason: '宣讲活动已结束' },
    });
    expect(closed.errors).toBeUndefined();
    expect(closed.data!.closeCampaign.closedAt).toMatch(/\+08:00$/);

    const corrected = await callAs(platform.gateway.url, ADMIN, CORRECT, {
      input: { id: first.id, expectedVersion: first.version, audienceCount: first.audienceCount + 35, reason: '受众人次录入有误' },
    });
    expect(corrected.errors).toBeUndefined();
    expect(corrected.data!.correctCampaignEvent).toEqual({ audienceCount: first.audienceCount + 35, version: first.version + 1 });

    const voided = await callAs(platform.gateway.url, ADMIN, VOID, {
      input: { id: second.id, expectedVersion: second.version, reason: '重复登记' },
    });
    expect(voided.errors).toBeUndefined();
    expect(voided.data!.voidCampaignEvent.voidReason).toBe('重复登记');

    const after = (await callAs(platform.gateway.url, ADMIN, CAMPAIGN_FIGURES, { id })).data!.campaign!;
    const [total] = Object.values(await recount(id, `'all'`));
    expect([after.stats.eventCount, after.stats.audienceTotal]).toEqual(total);
    expect(after.stats.eventCount).toBe(before.stats.eventCount - 1);
    expect(after.stats.audienceTotal).toBe(before.stats.audienceTotal + 35 - second.audienceCount);
    expect(byKey(after.byFormat)).toEqual(await recount(id, 'format'));
    expect(byKey(after.byPlace)).toEqual(await recount(id, 'venue_type'));
    expect(byKey(after.byMonth)).toEqual(await recount(id, `to_char(held_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM')`));
    expect([after.organizer.campaignStats.eventCount, after.organizer.campaignStats.audienceTotal]).toEqual(total);

    const byTownship = await recount(
      id,
      `(SELECT t.id::text FROM org.org_unit h JOIN org.org_unit t ON t.level = 'INSTITUTE' AND h.path LIKE t.path || '%' WHERE h.id = e.host_unit_id)`,
    );
    const townships = Object.fromEntries(Object.entries(byTownship).map(([key, figures]) => [key === 'null' ? 'NONE' : key, figures]));
    expect(
      Object.fromEntries(after.organizer.campaignEventBreakdown.map((cell) => [cell.keys[0].key, [cell.eventCount, cell.audienceTotal]])),
    ).toEqual(townships);

    const audited = async (entityId: string) =>
      (await callAs(platform.gateway.url, ADMIN, AUDIT, { entityId })).data!.auditLog.edges.map((edge) => edge.node);
    expect(await audited(id)).toEqual(
      expect.arrayContaining([expect.objectContaining({ action: 'closeCampaign', reason: '宣讲活动已结束' })]),
    );
    const correction = (await audited(first.id)).find((entry) => entry.action === 'correctCampaignEvent');
    expect(correction).toMatchObject({ reason: '受众人次录入有误', at: expect.stringMatching(/\+08:00$/) });
    expect(JSON.parse(correction!.changesJson!)).toMatchObject({
      audienceCount: { from: first.audienceCount, to: first.audienceCount + 35 },
    });
    expect(await audited(second.id)).toEqual(
      expect.arrayContaining([expect.objectContaining({ action: 'voidCampaignEvent', reason: '重复登记' })]),
    );

    const stale = await callAs(platform.gateway.url, ADMIN, CORRECT, {
      input: { id: first.id, expectedVersion: first.version, audienceCount: 1, reason: '旧版本上的修改' },
    });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });
});
