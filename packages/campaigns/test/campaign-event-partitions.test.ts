import { createScratchDatabase, startSubgraphHarness, yearPartitionLayout, type SubgraphHarness } from '@civic/testing';
import { ensureYearPartitions } from '@civic/subgraph-kit';
import { orgSubgraph } from '@civic/org';
import { campaignsSubgraph } from '../src/subgraph';
import { CAMPAIGN_EVENTS_BY_YEAR } from '../src/migrations/1764377300000-PartitionCampaignEventsByYear';
import { demoIds } from './support/expected-stats';
import { rollupDrift } from './support/recount';

let h: SubgraphHarness;
let ids: Awaited<ReturnType<typeof demoIds>>;

beforeAll(async () => {
  h = await startSubgraphHarness([orgSubgraph, campaignsSubgraph], { databaseUrl: await createScratchDatabase() });
  ids = await demoIds(h);
}, 120000);
afterAll(() => h?.stop());

const RECORD = `mutation($i: RecordCampaignEventInput!) { recordCampaignEvent(input: $i) { id heldAt volunteers { id } } }`;
const STATS = `query($id: ID!) { campaign(id: $id) { stats { eventCount audienceTotal volunteerCount } } }`;
const layout = () => yearPartitionLayout(h.sql, CAMPAIGN_EVENTS_BY_YEAR);

async function partitionOf(id: string): Promise<string> {
  const [row] = await h.sql<{ partition: string }>(
    `SELECT tableoid::regclass::text AS partition FROM campaigns.campaign_event WHERE id = $1`,
    [Number(id)],
  );
  return row?.partition ?? 'missing';
}

async function keysMatchEvents(): Promise<void> {
  const [keys] = await h.sql(
    `SELECT (SELECT count(*)::int FROM campaigns.campaign_event e WHERE NOT EXISTS (SELECT 1 FROM campaigns.campaign_event_key k WHERE k.id = e.id)) AS missing,
            (SELECT count(*)::int FROM campaigns.campaign_event_key k WHERE NOT EXISTS (SELECT 1 FROM campaigns.campaign_event e WHERE e.id = k.id)) AS extra`,
  );
  expect(keys).toEqual({ missing: 0, extra: 0 });
}

describe('campaign events partitioned by year (活动记录按年分区)', () => {
  it('every event sits in the partition holding its year, the partitions contiguous, the roll-ups exact', async () => {
    expect(await layout()).toMatchObject({ contiguous: true, misplaced: [] });
    expect(await rollupDrift(h)).toEqual([]);
    await keysMatchEvents();
  });

  it('an event recorded counts at once; moved into another partition it keeps its id, key and volunteers', async () => {
    const [station] = await h.sql<{ id: number }>(
      `SELECT id FROM org.org_unit WHERE parent_id = $1 AND level = 'STATION' ORDER BY id LIMIT 1`,
      [ids.instituteId],
    );
    const before = (await h.gql(STATS, { id: String(ids.lectureId) })).data!.campaign.stats;
    const recorded = await h.gql<{ recordCampaignEvent: { id: string; volunteers: { id: string }[] } }>(RECORD, {
      i: {
        campaignId: String(ids.lectureId),
        title: '重温入党誓词（补录）',
        heldAt: '2021-07-01T09:00:00+08:00',
        format: 'LECTURE',
        venueType: 'COMMUNITY',
        hostId: String(station.id),
        audienceCount: 40,
        volunteerIds: ['12'],
      },
    });
    expect(recorded.errors).toBeUndefined();
    const event = recorded.data!.recordCampaignEvent;
    const counted = (await h.gql(STATS, { id: String(ids.lectureId) })).data!.campaign.stats;
    expect(counted.eventCount).toBe(before.eventCount + 1);
    expect(counted.audienceTotal).toBe(before.audienceTotal + 40);

    // A partition of one year after the last; the API refuses dates in the future, SQL does not.
    const [partition] = await ensureYearPartitions(h.subgraphs.campaigns.database.dataSource, [CAMPAIGN_EVENTS_BY_YEAR], {
      yearsPerPartition: 1,
      years: [(await layout()).lastYear + 1],
    });
    const year = Number(partition.slice(-4));
    const first = await partitionOf(event.id);
    await h.sql(`UPDATE campaigns.campaign_event SET held_at = make_timestamptz($2, 7, 1, 9, 0, 0, 'Asia/Shanghai') WHERE id = $1`, [
      Number(event.id),
      year,
    ]);
    expect(await partitionOf(event.id)).toBe(partition);
    expect(partition).not.toBe(first);
    expect((await h.gql(STATS, { id: String(ids.lectureId) })).data!.campaign.stats).toEqual(counted);
    const [helpers] = await h.sql<{ n: number }>(`SELECT count(*)::int AS n FROM campaigns.event_volunteer WHERE event_id = $1`, [
      Number(event.id),
    ]);
    expect(helpers.n).toBe(1);
    expect(await rollupDrift(h)).toEqual([]);
    expect(await layout()).toMatchObject({ contiguous: true, misplaced: [] });
    await keysMatchEvents();
  });

  it('deleting an event removes its key and, through it, its volunteers, as before partitioning', async () => {
    const [event] = await h.sql<{ id: number }>(
      `SELECT e.id FROM campaigns.campaign_event e WHERE EXISTS (SELECT 1 FROM campaigns.event_volunteer v WHERE v.event_id = e.id)
         AND NOT EXISTS (SELECT 1 FROM campaigns.event_participant p WHERE p.event_id = e.id)
         AND NOT EXISTS (SELECT 1 FROM campaigns.work_use w WHERE w.event_id = e.id)
         AND NOT EXISTS (SELECT 1 FROM campaigns.planned_activity a WHERE a.event_id = e.id)
       ORDER BY e.id LIMIT 1`,
    );
    await h.sql(`DELETE FROM campaigns.campaign_event WHERE id = $1`, [event.id]);
    const [left] = await h.sql(
      `SELECT (SELECT count(*)::int FROM campaigns.campaign_event_key WHERE id = $1) AS keys,
              (SELECT count(*)::int FROM campaigns.event_volunteer WHERE event_id = $1) AS volunteers`,
      [event.id],
    );
    expect(left).toEqual({ keys: 0, volunteers: 0 });
    expect(await rollupDrift(h)).toEqual([]);
  });
});
