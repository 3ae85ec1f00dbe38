import { startSubgraphHarness, type SubgraphHarness } from '@civic/testing';
import { orgSubgraph } from '@civic/org';
import { campaignsSubgraph } from '../src/subgraph';
import { demoIds, expectedUnitStats } from './support/expected-stats';
import { nonEmpty, recountByColumn, recountByTier } from './support/recount';

interface Cell {
  keys: { dimension: string; key: string; label: string }[];
  eventCount: number;
  audienceTotal: number;
  volunteerCount?: number;
}

const Q3 = { from: '2021-07-01', to: '2021-09-30' };

describe('campaign statistics by period and by several dimensions (按时段、多维统计)', () => {
  let h: SubgraphHarness;
  let ids: Awaited<ReturnType<typeof demoIds>>;

  beforeAll(async () => {
    h = await startSubgraphHarness([orgSubgraph, campaignsSubgraph]);
    ids = await demoIds(h);
  }, 120000);
  afterAll(() => h?.stop());

  /** Asks `selection` of the Huidong center; `$c` (the lecture campaign), `$from` and `$to` are declared when used. */
  const onCenter = async (selection: string, period: { from?: string; to?: string } = {}) => {
    const declared = [
      selection.includes('$c') ? ', $c: ID!' : '',
      selection.includes('$from') ? ', $from: Date' : '',
      selection.includes('$to') ? ', $to: Date' : '',
    ].join('');
    const before = h.subgraphs.campaigns.database.queries.total;
    const res = await h.gql(`query($r: [_Any!]!${declared}) { _entities(representations: $r) { ... on OrgUnit { ${selection} } } }`, {
      r: [{ __typename: 'OrgUnit', id: String(ids.centerId) }],
      ...(selection.includes('$c') && { c: String(ids.lectureId) }),
      ...period,
    });
    expect(res.errors).toBeUndefined();
    return { unit: res.data!._entities[0], statements: h.subgraphs.campaigns.database.queries.total - before };
  };

  it('answers "events and audience by township for Q3 2021 of one campaign" under Huidong in one request and one statement, equal to a recount', async () => {
    const { unit, statements } = await onCenter(
      `campaignEventBreakdown(dimensions: [TOWNSHIP], campaignId: $c, from: $from, to: $to) { keys { dimension key label } eventCount audienceTotal }`,
      Q3,
    );
    expect(statements).toBe(1);
    const cells: Cell[] = unit.campaignEventBreakdown;
    const [{ townships }] = await h.sql<{ townships: number }>(
      `SELECT count(*)::int AS townships FROM org.org_unit u WHERE u.level = 'INSTITUTE' AND $1::int = ANY (string_to_array(trim(both '/' from u.path), '/')::int[])`,
      [ids.centerId],
    );
    expect(cells.filter((c) => c.keys[0].key !== 'NONE')).toHaveLength(townships);
    const township = cells.find((c) => c.keys[0].key === String(ids.instituteId))!;
    expect(township.keys[0]).toEqual({ dimension: 'TOWNSHIP', key: String(ids.instituteId), label: '鲹鱼河镇新时代文明实践所' });
    const byKey = nonEmpty(cells.map((c) => ({ key: c.keys[0].key, eventCount: c.eventCount, audienceTotal: c.audienceTotal })));
    delete byKey.NONE;
    expect(byKey).toEqual(nonEmpty(await recountByTier(h, ids.centerId, 'INSTITUTE', ids.lectureId, Q3)));
    expect(Object.keys(byKey).length).toBeGreaterThan(0);
  });

  it('crosses township × month over a quarter: every month present, zeros included; skipEmptyUnits leaves out townships without events', async () => {
    const { unit, statements } = await onCenter(
      `all: campaignEventBreakdown(dimensions: [TOWNSHIP, MONTH], campaignId: $c, from: $from, to: $to) { keys { key label } eventCount }
       busy: campaignEventBreakdown(dimensions: [TOWNSHIP, MONTH], campaignId: $c, from: $from, to: $to, skipEmptyUnits: true) { keys { key label } eventCount }`,
      Q3,
    );
    expect(statements).toBe(2);
    const all: Cell[] = unit.all;
    const busy: Cell[] = unit.busy;
    const months = [...new Set(all.map((c) => c.keys[1].label))];
    expect(months).toEqual(['2021年7月', '2021年8月', '2021年9月']);
    const townshipsWithEvents = new Set(all.filter((c) => c.eventCount > 0 && c.keys[0].key !== 'NONE').map((c) => c.keys[0].key));
    expect(new Set(busy.map((c) => c.keys[0].key))).toEqual(townshipsWithEvents);
    expect(busy.length).toBe(townshipsWithEvents.size * 3);
    expect(all.reduce((n, c) => n + c.eventCount, 0)).toBe(busy.reduce((n, c) => n + c.eventCount, 0));
  });

  it('breaks down by format × campaign with volunteers, each cell equal to a recount', async () => {
    const { unit } = await onCenter(
      `campaignEventBreakdown(dimensions: [CAMPAIGN, FORMAT], from: "2021-01-01", to: "2021-12-31") { keys { key label } eventCount audienceTotal volunteerCount }`,
    );
    const cells: Cell[] = unit.campaignEventBreakdown;
    const expected = await h.sql<{ campaign: string; format: string; events: number; audience: number; volunteers: number }>(
      `SELECT e.campaign_id::text AS campaign, e.format, count(DISTINCT e.id)::int AS events,
              (SELECT sum(x.audience_count) FROM campaigns.campaign_event x WHERE x.id = ANY(array_agg(DISTINCT e.id)))::int AS audience,
              count(DISTINCT v.volunteer_id)::int AS volunteers
       FROM campaigns.campaign_event e JOIN org.org_unit h ON h.id = e.host_unit_id
       LEFT JOIN campaigns.event_volunteer v ON v.event_id = e.id
       WHERE e.voided_at IS NULL AND $1::int = ANY (string_to_array(trim(both '/' from h.path), '/')::int[])
         AND e.held_at >= '2021-01-01T00:00:00+08:00' AND e.held_at < '2022-01-01T00:00:00+08:00'
       GROUP BY 1, 2`,
      [ids.centerId],
    );
    const cellOf = (campaign: string, format: string) => cells.find((c) => c.keys[0].key === campaign && c.keys[1].key === format)!;
    for (const row of expected) {
      expect(cellOf(row.campaign, row.format)).toMatchObject({
        eventCount: row.events,
        audienceTotal: row.audience,
        volunteerCount: row.volunteers,
      });
    }
    expect(cellOf(String(ids.lectureId), 'FIRESIDE_CHAT').keys[1].label).toBe('火塘夜话');
    expect(cells.filter((c) => c.eventCount > 0)).toHaveLength(expected.length);
  });

  it('answers "stations with no event of a given campaign in a period" in one request, equal to a recount', async () => {
    const { unit } = await onCenter(`unitsWithoutEvents(campaignId: $c, level: STATION, from: $from, to: $to) { id }`, Q3);
    const expected = await h.sql<{ id: string }>(
      `SELECT s.id::text AS id FROM org.org_unit s
       WHERE s.level = 'STATION' AND s.closed_on IS NULL AND $1::int = ANY (string_to_array(trim(both '/' from s.path), '/')::int[])
         AND NOT EXISTS (
           SELECT 1 FROM campaigns.campaign_event e JOIN org.org_unit h ON h.id = e.host_unit_id
           WHERE e.campaign_id = $2 AND e.voided_at IS NULL AND s.id = ANY (string_to_array(trim(both '/' from h.path), '/')::int[])
             AND e.held_at >= '2021-07-01T00:00:00+08:00' AND e.held_at < '2021-10-01T00:00:00+08:00')
       ORDER BY s.code`,
      [ids.centerId, ids.lectureId],
    );
    expect(unit.unitsWithoutEvents).toEqual(expected);
    expect(expected.length).toBeGreaterThan(0);
  });

  it('takes a period on campaignStats, Campaign.stats, breakdown and progress; by MONTH a closed period lists every month', async () => {
    const { unit } = await onCenter(`campaignStats(campaignId: $c, from: $from, to: $to) { eventCount audienceTotal volunteerCount }`, Q3);
    const inQ3 = await recountByColumn(h, ids.lectureId, `'all'`, Q3);
    expect(unit.campaignStats).toMatchObject({ eventCount: inQ3[0].eventCount, audienceTotal: inQ3[0].audienceTotal });

    const res = await h.gql(
      `query($id: ID!) { campaign(id: $id) {
         stats(from: "2021-07-01", to: "2021-09-30") { eventCount audienceTotal }
         progress(to: "2021-09-30") { eventCount }
         byMonth: breakdown(by: MONTH, from: "2021-01-01", to: "2021-12-31") { key label eventCount audienceTotal }
         byVenue: breakdown(by: VENUE_TYPE, from: "2021-07-01", to: "2021-09-30") { key eventCount audienceTotal }
         busy: breakdown(by: ORG_UNIT, skipEmptyUnits: true, from: "2021-07-01", to: "2021-09-30") { key eventCount }
         all: breakdown(by: ORG_UNIT, from: "2021-07-01", to: "2021-09-30") { key eventCount }
       } }`,
      { id: String(ids.lectureId) },
    );
    expect(res.errors).toBeUndefined();
    const campaign = res.data!.campaign;
    expect(campaign.stats).toEqual({ eventCount: inQ3[0].eventCount, audienceTotal: inQ3[0].audienceTotal });
    const untilQ3 = await recountByColumn(h, ids.lectureId, `'all'`, { to: '2021-09-30' });
    expect(campaign.progress.eventCount).toBe(untilQ3[0].eventCount);
    expect(campaign.byMonth.map((b: { label: string }) => b.label)).toHaveLength(12);
    expect(campaign.byMonth[0]).toEqual({ key: '2021-01', label: '2021年1月', eventCount: 0, audienceTotal: 0 });
    expect(nonEmpty(campaign.byVenue)).toEqual(nonEmpty(await recountByColumn(h, ids.lectureId, 'e.venue_type', Q3)));
    expect(campaign.busy.every((b: { eventCount: number }) => b.eventCount > 0)).toBe(true);
    expect(campaign.all.length).toBeGreaterThan(campaign.busy.length);
  });

  it('keeps OrgUnit.campaignStats over all time on the roll-ups and equal to a recount', async () => {
    const { unit } = await onCenter(`campaignStats { eventCount audienceTotal volunteerCount }`);
    expect(unit.campaignStats).toEqual(await expectedUnitStats(h, ids.centerId, true));
  });

  it('refuses a reversed period and too many dimensions', async () => {
    const res = await h.gql(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on OrgUnit { campaignStats(from: "2021-09-30", to: "2021-07-01") { eventCount } } } }`,
      { r: [{ __typename: 'OrgUnit', id: String(ids.centerId) }] },
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const many = await h.gql(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on OrgUnit { campaignEventBreakdown(dimensions: [TOWNSHIP, MONTH, FORMAT, VENUE_TYPE, CAMPAIGN]) { eventCount } } } }`,
      { r: [{ __typename: 'OrgUnit', id: String(ids.centerId) }] },
    );
    expect(many.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'dimensions' });
  });
});
