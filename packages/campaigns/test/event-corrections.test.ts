import { createScratchDatabase, startSubgraphHarness, type SubgraphHarness } from '@civic/testing';
import type { Identity } from '@civic/runtime';
import { orgSubgraph } from '@civic/org';
import { campaignsSubgraph } from '../src/subgraph';
import { demoIds, expectedCampaignStats, expectedUnitStats } from './support/expected-stats';
import { nonEmpty, recountByColumn, recountByTier, rollupDrift } from './support/recount';

/** ORG_ADMIN of the Huidong center: may edit campaigns and events anywhere in the county. */
const COUNTY_ADMIN: Identity = { subject: 'org-admin-hd', role: 'ORG_ADMIN', orgUnitCode: '513426-ZX' };
/** PROPAGANDA of 鲹鱼河镇 institute: may edit events hosted in its township only. */
const TOWNSHIP_PROPAGANDA: Identity = { subject: 'propaganda-sjs', role: 'PROPAGANDA', orgUnitCode: '513426101000-SJS' };

const FIGURES = `query($id: ID!, $center: ID!) {
  campaign(id: $id) {
    stats { eventCount audienceTotal volunteerCount }
    progress { eventCount audienceTotal }
    byVenue: breakdown(by: VENUE_TYPE) { key eventCount audienceTotal }
    byFormat: breakdown(by: FORMAT) { key eventCount audienceTotal }
    byMonth: breakdown(by: MONTH) { key eventCount audienceTotal }
    byUnit: breakdown(by: ORG_UNIT) { key eventCount audienceTotal }
  }
  _entities(representations: [{ __typename: "OrgUnit", id: $center }]) {
    ... on OrgUnit {
      all: campaignStats { eventCount audienceTotal volunteerCount }
      ofCampaign: campaignStats(campaignId: $id) { eventCount audienceTotal volunteerCount }
      byTownship: campaignEventBreakdown(dimensions: [TOWNSHIP], campaignId: $id, skipEmptyUnits: true) {
        keys { key } eventCount audienceTotal
      }
    }
  }
}`;

const CORRECT = `mutation($i: CorrectCampaignEventInput!) {
  correctCampaignEvent(input: $i) { id version title heldAt format venueType audienceCount place host { id } voidedAt }
}`;
const VOID = `mutation($i: VoidCampaignEventInput!) { voidCampaignEvent(input: $i) { id version voidedAt voidReason } }`;
const CLOSE = `mutation($i: CampaignStateInput!) { closeCampaign(input: $i) { id version closedAt closeReason } }`;
const REOPEN = `mutation($i: CampaignStateInput!) { reopenCampaign(input: $i) { id version closedAt } }`;

interface Row {
  id: number;
  host_unit_id: number;
  audience_count: number;
  version: number;
}

describe('correcting and voiding campaign events (更正与作废活动场次)', () => {
  let h: SubgraphHarness;
  let ids: Awaited<ReturnType<typeof demoIds>>;
  let corrected: Row;
  let voided: Row;
  let otherTownshipStation: number;

  beforeAll(async () => {
    h = await startSubgraphHarness([orgSubgraph, campaignsSubgraph], { databaseUrl: await createScratchDatabase() });
    ids = await demoIds(h);
    // Two lecture events hosted in 鲹鱼河镇's subtree, and a station of another township to move one to.
    const inTownship = await h.sql<Row>(
      `SELECT e.id, e.host_unit_id, e.audience_count, e.version FROM campaigns.campaign_event e JOIN org.org_unit u ON u.id = e.host_unit_id
       WHERE e.campaign_id = $1 AND $2::int = ANY (string_to_array(trim(both '/' from u.path), '/')::int[])
       ORDER BY e.id LIMIT 2`,
      [ids.lectureId, ids.instituteId],
    );
    [corrected, voided] = inTownship;
    const [station] = await h.sql<{ id: number }>(
      `SELECT s.id FROM org.org_unit s JOIN org.org_unit t ON t.id = s.parent_id
       WHERE s.level = 'STATION' AND t.level = 'INSTITUTE' AND t.id <> $1 AND t.parent_id = $2 ORDER BY s.id LIMIT 1`,
      [ids.instituteId, ids.centerId],
    );
    otherTownshipStation = station.id;
  }, 120000);
  afterAll(() => h?.stop());

  const campaignVersion = async () =>
    (await h.sql<{ version: number }>(`SELECT version FROM campaigns.campaign WHERE id = $1`, [ids.lectureId]))[0].version;

  it('closes a campaign: no new events, and says so; the audit log has the reason', async () => {
    const closed = await h.gqlAs(COUNTY_ADMIN, CLOSE, {
      i: { id: String(ids.lectureId), expectedVersion: await campaignVersion(), reason: '宣讲任务已完成' },
    });
    expect(closed.errors).toBeUndefined();
    expect(closed.data!.closeCampaign).toMatchObject({ closeReason: '宣讲任务已完成', version: 2 });
    expect(closed.data!.closeCampaign.closedAt).toMatch(/\+08:00$/);

    const refused = await h.gqlAs(
      TOWNSHIP_PROPAGANDA,
      `mutation($i: RecordCampaignEventInput!) { recordCampaignEvent(input: $i) { id } }`,
      {
        i: {
          campaignId: String(ids.lectureId),
          title: '迟到的宣讲',
          heldAt: '2021-07-01T20:00:00+08:00',
          format: 'LECTURE',
          venueType: 'COUNTRYSIDE',
          hostId: String(ids.instituteId),
          audienceCount: 10,
        },
      },
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.campaignId' });
    expect(refused.errors?.[0]?.message).toMatch(/closed/);

    const again = await h.gqlAs(COUNTY_ADMIN, CLOSE, { i: { id: String(ids.lectureId), expectedVersion: 2 } });
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const [audit] = await h.sql(`SELECT reason, role FROM audit.entry WHERE action = 'closeCampaign' AND $1 = ANY(entity_ids)`, [
      String(ids.lectureId),
    ]);
    expect(audit).toEqual({ reason: '宣讲任务已完成', role: 'ORG_ADMIN' });
  });

  it('corrects an event of the closed campaign (host, audience, format, place, day) and voids another; the audit keeps before, after and why', async () => {
    const correction = await h.gqlAs(COUNTY_ADMIN, CORRECT, {
      i: {
        id: String(corrected.id),
        expectedVersion: corrected.version,
        reason: '承办村和人数登记错误',
        hostId: String(otherTownshipStation),
        audienceCount: corrected.audience_count + 100,
        format: 'OPEN_AIR_MEETING',
        venueType: 'COUNTRYSIDE',
        place: ' 村委会院坝 ',
        heldAt: '2021-09-15T19:30:00+08:00',
      },
    });
    expect(correction.errors).toBeUndefined();
    expect(correction.data!.correctCampaignEvent).toMatchObject({
      version: corrected.version + 1,
      heldAt: '2021-09-15T19:30:00+08:00',
      format: 'OPEN_AIR_MEETING',
      audienceCount: corrected.audience_count + 100,
      place: '村委会院坝',
      host: { id: String(otherTownshipStation) },
      voidedAt: null,
    });

    const voiding = await h.gqlAs(TOWNSHIP_PROPAGANDA, VOID, {
      i: { id: String(voided.id), expectedVersion: voided.version, reason: ' 重复登记 ' },
    });
    expect(voiding.errors).toBeUndefined();
    expect(voiding.data!.voidCampaignEvent).toMatchObject({ version: voided.version + 1, voidReason: '重复登记' });

    const audit = await h.sql<{ action: string; reason: string; changes: Record<string, { from: unknown; to: unknown }> }>(
      `SELECT action, reason, changes FROM audit.entry WHERE entity_type = 'CampaignEvent' AND entity_ids && $1::text[] ORDER BY id`,
      [[String(corrected.id), String(voided.id)]],
    );
    expect(audit.map((entry) => [entry.action, entry.reason])).toEqual([
      ['correctCampaignEvent', '承办村和人数登记错误'],
      ['voidCampaignEvent', '重复登记'],
    ]);
    expect(audit[0].changes.audienceCount).toEqual({ from: corrected.audience_count, to: corrected.audience_count + 100 });
    expect(audit[0].changes.hostUnitId).toEqual({ from: corrected.host_unit_id, to: otherTownshipStation });
    expect(audit[0].changes.title).toBeUndefined();
    expect(audit[1].changes.voidedAt.from).toBeNull();
  });

  it('leaves stats, progress, every breakdown, the roll-ups and OrgUnit.campaignStats equal to a recount of the rows not voided', async () => {
    const res = await h.gql(FIGURES, { id: String(ids.lectureId), center: String(ids.centerId) });
    expect(res.errors).toBeUndefined();
    const { campaign, _entities } = res.data!;
    const expected = await expectedCampaignStats(h, ids.lectureId);
    expect(campaign.stats).toEqual(expected);
    expect(campaign.progress).toEqual({ eventCount: expected.eventCount, audienceTotal: expected.audienceTotal });
    expect(nonEmpty(campaign.byVenue)).toEqual(nonEmpty(await recountByColumn(h, ids.lectureId, 'e.venue_type')));
    expect(nonEmpty(campaign.byFormat)).toEqual(nonEmpty(await recountByColumn(h, ids.lectureId, 'e.format')));
    expect(nonEmpty(campaign.byMonth)).toEqual(
      nonEmpty(await recountByColumn(h, ids.lectureId, `to_char(e.held_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM')`)),
    );
    const childRecount = nonEmpty(await recountByTier(h, ids.centerId, 'INSTITUTE', ids.lectureId));
    const byUnit = nonEmpty(campaign.byUnit);
    for (const [key, figures] of Object.entries(childRecount)) expect(byUnit[key]).toEqual(figures);
    const sum = (buckets: { eventCount: number; audienceTotal: number }[]) =>
      buckets.reduce((acc, b) => [acc[0] + b.eventCount, acc[1] + b.audienceTotal], [0, 0]);
    expect(sum(campaign.byUnit)).toEqual([expected.eventCount, expected.audienceTotal]);

    expect(await rollupDrift(h)).toEqual([]);
    expect(_entities[0].all).toEqual(await expectedUnitStats(h, ids.centerId, true));
    expect(_entities[0].ofCampaign).toEqual(await expectedUnitStats(h, ids.centerId, true, ids.lectureId));
    const cube = Object.fromEntries(
      _entities[0].byTownship.map((c: { keys: { key: string }[]; eventCount: number; audienceTotal: number }) => [
        c.keys[0].key,
        [c.eventCount, c.audienceTotal],
      ]),
    );
    expect(Object.fromEntries(Object.entries(cube).filter(([key]) => key !== 'NONE'))).toEqual(childRecount);
  });

  it('keeps the voided event out of lists unless asked, with its reason', async () => {
    const list = `query($id: ID!, $f: CampaignEventFilter) { campaign(id: $id) { events(filter: $f, first: 100) { totalCount } } }`;
    const [{ n }] = await h.sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM campaigns.campaign_event WHERE campaign_id = $1 AND voided_at IS NULL`,
      [ids.lectureId],
    );
    const live = await h.gql(list, { id: String(ids.lectureId) });
    const all = await h.gql(list, { id: String(ids.lectureId), f: { includeVoided: true } });
    expect(live.data!.campaign.events.totalCount).toBe(n);
    expect(all.data!.campaign.events.totalCount).toBe(n + 1);
    const one = await h.gql(`query($id: ID!) { campaignEvent(id: $id) { voidedAt voidReason } }`, { id: String(voided.id) });
    expect(one.data!.campaignEvent).toMatchObject({ voidReason: '重复登记' });
  });

  it('refuses a stale version, a voided event, a host outside the scope and an empty correction, changing nothing', async () => {
    const before = await h.sql(`SELECT * FROM campaigns.campaign_event WHERE id = ANY($1::int[]) ORDER BY id`, [[corrected.id, voided.id]]);
    const stale = await h.gqlAs(COUNTY_ADMIN, CORRECT, {
      i: { id: String(corrected.id), expectedVersion: corrected.version, reason: '再改一次', audienceCount: 1 },
    });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: corrected.version + 1 });
    const onVoided = await h.gqlAs(COUNTY_ADMIN, CORRECT, {
      i: { id: String(voided.id), expectedVersion: voided.version + 1, reason: '改作废的', audienceCount: 1 },
    });
    expect(onVoided.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const voidAgain = await h.gqlAs(COUNTY_ADMIN, VOID, {
      i: { id: String(voided.id), expectedVersion: voided.version + 1, reason: '再作废' },
    });
    expect(voidAgain.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    // The corrected event now lies in another township: 鲹鱼河镇's propagandist may no longer touch it.
    const outside = await h.gqlAs(TOWNSHIP_PROPAGANDA, CORRECT, {
      i: { id: String(corrected.id), expectedVersion: corrected.version + 1, reason: '越权', audienceCount: 1 },
    });
    expect(outside.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const empty = await h.gqlAs(COUNTY_ADMIN, CORRECT, {
      i: { id: String(corrected.id), expectedVersion: corrected.version + 1, reason: '无' },
    });
    expect(empty.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input' });
    const noReason = await h.gqlAs(COUNTY_ADMIN, CORRECT, {
      i: { id: String(corrected.id), expectedVersion: corrected.version + 1, reason: ' ', audienceCount: 1 },
    });
    expect(noReason.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const outsidePeriod = await h.gqlAs(COUNTY_ADMIN, CORRECT, {
      i: { id: String(corrected.id), expectedVersion: corrected.version + 1, reason: '日期', heldAt: '2022-01-02T10:00:00+08:00' },
    });
    expect(outsidePeriod.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.heldAt' });
    expect(
      await h.sql(`SELECT * FROM campaigns.campaign_event WHERE id = ANY($1::int[]) ORDER BY id`, [[corrected.id, voided.id]]),
    ).toEqual(before);
  });

  it('reopens the campaign for new events', async () => {
    const reopened = await h.gqlAs(COUNTY_ADMIN, REOPEN, { i: { id: String(ids.lectureId), expectedVersion: await campaignVersion() } });
    expect(reopened.errors).toBeUndefined();
    expect(reopened.data!.reopenCampaign.closedAt).toBeNull();
  });

  it('lets exactly one of two concurrent edits made on the same version through; the other gets CONFLICT and nothing is lost', async () => {
    const version = await campaignVersion();
    const update = (name: string) =>
      h.gqlAs(COUNTY_ADMIN, `mutation($i: UpdateCampaignInput!) { updateCampaign(input: $i) { name version audienceTarget } }`, {
        i: { id: String(ids.lectureId), expectedVersion: version, name, audienceTarget: name.length * 1000 },
      });
    const results = await Promise.all([update('会东县党史学习教育宣讲（甲）'), update('会东县党史学习教育宣讲（乙乙）')]);
    const succeeded = results.filter((r) => !r.errors);
    const refused = results.filter((r) => r.errors);
    expect(succeeded).toHaveLength(1);
    expect(refused).toHaveLength(1);
    expect(refused[0].errors![0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: version + 1 });
    const winner = succeeded[0].data!.updateCampaign;
    const [row] = await h.sql(`SELECT name, audience_target, version FROM campaigns.campaign WHERE id = $1`, [ids.lectureId]);
    expect(row).toEqual({ name: winner.name, audience_target: winner.audienceTarget, version: version + 1 });
    const [{ n }] = await h.sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit.entry WHERE action = 'updateCampaign' AND $1 = ANY(entity_ids)`,
      [String(ids.lectureId)],
    );
    expect(n).toBe(1);
  });
});
