import { createScratchDatabase, startSubgraphHarness, type SubgraphHarness } from '@civic/testing';
import { orgSubgraph } from '@civic/org';
import { campaignsSubgraph } from '../src/subgraph';
import { demoIds, expectedUnitStats } from './support/expected-stats';
import { rollupDrift } from './support/recount';

let h: SubgraphHarness;
let ids: Awaited<ReturnType<typeof demoIds>>;

beforeAll(async () => {
  h = await startSubgraphHarness([orgSubgraph, campaignsSubgraph], { databaseUrl: await createScratchDatabase() });
  ids = await demoIds(h);
}, 120000);
afterAll(() => h?.stop());

describe('per-unit event roll-ups (subtree campaign figures without scanning events)', () => {
  it('match a recount after the demo data is loaded', async () => {
    const [{ units }] = await h.sql<{ units: number }>(`SELECT count(DISTINCT unit_id)::int AS units FROM campaigns.unit_event_rollup`);
    expect(units).toBeGreaterThan(10);
    expect(await rollupDrift(h)).toEqual([]);
  });

  it('follow events added, changed (audience, host, campaign), voided and deleted, whatever wrote them', async () => {
    const [event] = await h.sql<{ id: number; host_unit_id: number }>(
      `SELECT id, host_unit_id FROM campaigns.campaign_event ORDER BY id LIMIT 1`,
    );
    const [otherHost] = await h.sql<{ id: number }>(
      `SELECT id FROM org.org_unit WHERE level = 'STATION' AND id <> $1 ORDER BY id LIMIT 1`,
      [event.host_unit_id],
    );
    await h.sql(`UPDATE campaigns.campaign_event SET audience_count = audience_count + 7 WHERE id = $1`, [event.id]);
    await h.sql(`UPDATE campaigns.campaign_event SET host_unit_id = $2 WHERE id = $1`, [event.id, otherHost.id]);
    await h.sql(`UPDATE campaigns.campaign_event SET campaign_id = $2 WHERE id = $1`, [event.id, ids.lectureId]);
    await h.sql(
      `INSERT INTO campaigns.campaign_event (campaign_id, title, held_at, format, venue_type, host_unit_id, audience_count)
       SELECT campaign_id, title || '（重播）', held_at, format, venue_type, host_unit_id, audience_count FROM campaigns.campaign_event ORDER BY id LIMIT 5`,
    );
    expect(await rollupDrift(h)).toEqual([]);
    await h.sql(
      `UPDATE campaigns.campaign_event SET voided_at = now(), void_reason = '重复登记' WHERE id IN (SELECT id FROM campaigns.campaign_event ORDER BY id LIMIT 3)`,
    );
    await h.sql(
      `UPDATE campaigns.campaign_event SET audience_count = audience_count + 5 WHERE id IN (SELECT id FROM campaigns.campaign_event ORDER BY id LIMIT 4)`,
    );
    expect(await rollupDrift(h)).toEqual([]);
    await h.sql(
      `DELETE FROM campaigns.event_volunteer WHERE event_id IN (SELECT id FROM campaigns.campaign_event ORDER BY id DESC LIMIT 5)`,
    );
    await h.sql(`DELETE FROM campaigns.campaign_event WHERE id IN (SELECT id FROM campaigns.campaign_event ORDER BY id DESC LIMIT 5)`);
    expect(await rollupDrift(h)).toEqual([]);
  });

  it('serves the county figures from the roll-up, distinct volunteers counted only when selected', async () => {
    const expected = await expectedUnitStats(h, ids.centerId, true);
    const q = (fields: string) =>
      h.gql<{ _entities: { campaignStats: Record<string, number> }[] }>(
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on OrgUnit { campaignStats { ${fields} } } } }`,
        { r: [{ __typename: 'OrgUnit', id: String(ids.centerId) }] },
      );
    const withVolunteers = await q('eventCount audienceTotal volunteerCount');
    expect(withVolunteers.data!._entities[0].campaignStats).toEqual(expected);
    const without = await q('eventCount audienceTotal');
    expect(without.data!._entities[0].campaignStats).toEqual({ eventCount: expected.eventCount, audienceTotal: expected.audienceTotal });
    expect(expected.volunteerCount).toBeGreaterThan(0);
  });
});
