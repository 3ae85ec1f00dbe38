import { createScratchDatabase, startSubgraphHarness, type SubgraphHarness } from '@civic/testing';
import { ANONYMOUS, type Identity } from '@civic/runtime';
import { orgSubgraph } from '@civic/org';
import { campaignsSubgraph } from '../src/subgraph';
import { demoIds } from './support/expected-stats';

const RECORD = `mutation($i: RecordCampaignEventInput!) {
  recordCampaignEvent(input: $i) {
    id title heldAt format venueType place audienceCount summary
    campaign { id } host { id } lectureGroup { id } action { id ordinal } volunteers { id }
  }
}`;

/** PROPAGANDA of 鲹鱼河镇 institute: may record events hosted by it and its stations. */
const TOWNSHIP_PROPAGANDA: Identity = { subject: 'propaganda-sjs', role: 'PROPAGANDA', orgUnitCode: '513426101000-SJS' };

describe('recording a campaign event (登记活动场次)', () => {
  let h: SubgraphHarness;
  let ids: Awaited<ReturnType<typeof demoIds>>;
  let stationId: string;
  let otherInstituteId: string;
  let groupId: string;

  const eventCount = async () => (await h.sql<{ n: number }>(`SELECT count(*)::int AS n FROM campaigns.campaign_event`))[0].n;
  const helperCount = async () => (await h.sql<{ n: number }>(`SELECT count(*)::int AS n FROM campaigns.event_volunteer`))[0].n;
  const auditCount = async () =>
    (await h.sql<{ n: number }>(`SELECT count(*)::int AS n FROM audit.entry WHERE action = 'recordCampaignEvent'`))[0].n;
  const input = (override: Record<string, unknown> = {}) => ({
    campaignId: String(ids.lectureId),
    title: ' 红军巧渡金沙江（火塘夜话） ',
    heldAt: '2021-07-01T20:00:00+08:00',
    format: 'FIRESIDE_CHAT',
    venueType: 'COUNTRYSIDE',
    hostId: stationId,
    lectureGroupId: groupId,
    audienceCount: 85,
    volunteerIds: ['12', '150', '12'],
    summary: '围着火塘讲红军巧渡金沙江的故事。',
    ...override,
  });

  beforeAll(async () => {
    h = await startSubgraphHarness([orgSubgraph, campaignsSubgraph], { databaseUrl: await createScratchDatabase() });
    ids = await demoIds(h);
    const [station] = await h.sql<{ id: number }>(
      `SELECT id FROM org.org_unit WHERE parent_id = $1 AND level = 'STATION' ORDER BY id LIMIT 1`,
      [ids.instituteId],
    );
    const [other] = await h.sql<{ id: number }>(
      `SELECT id FROM org.org_unit WHERE parent_id = $1 AND level = 'INSTITUTE' AND id <> $2 ORDER BY id LIMIT 1`,
      [ids.centerId, ids.instituteId],
    );
    const [group] = await h.sql<{ id: number }>(`SELECT id FROM campaigns.lecture_group WHERE org_unit_id = $1`, [ids.instituteId]);
    stationId = String(station.id);
    otherInstituteId = String(other.id);
    groupId = String(group.id);
  });
  afterAll(() => h?.stop());

  it("records an event inside the recorder's subtree with its volunteers, and the audit entry, in one transaction", async () => {
    const before = await h.gqlAs<{ campaign: { stats: { eventCount: number; audienceTotal: number } } }>(
      TOWNSHIP_PROPAGANDA,
      `query($id: ID!) { campaign(id: $id) { stats { eventCount audienceTotal } } }`,
      { id: String(ids.lectureId) },
    );
    const res = await h.gqlAs<{ recordCampaignEvent: Record<string, any> }>(TOWNSHIP_PROPAGANDA, RECORD, { i: input() });
    expect(res.errors).toBeUndefined();
    const event = res.data!.recordCampaignEvent;
    expect(event).toMatchObject({
      title: '红军巧渡金沙江（火塘夜话）',
      heldAt: '2021-07-01T20:00:00+08:00',
      format: 'FIRESIDE_CHAT',
      venueType: 'COUNTRYSIDE',
      audienceCount: 85,
      campaign: { id: String(ids.lectureId) },
      host: { id: stationId },
      lectureGroup: { id: groupId },
      action: null,
      volunteers: [{ id: '12' }, { id: '150' }],
    });
    const audit = await h.sql<{ role: string; actor_org_unit: string }>(
      `SELECT role, actor_org_unit FROM audit.entry WHERE action = 'recordCampaignEvent' AND $1 = ANY(entity_ids)`,
      [event.id],
    );
    expect(audit).toEqual([{ role: 'PROPAGANDA', actor_org_unit: '513426101000-SJS' }]);
    const after = await h.gql<{ campaign: { stats: { eventCount: number; audienceTotal: number } } }>(
      `query($id: ID!) { campaign(id: $id) { stats { eventCount audienceTotal } } }`,
      { id: String(ids.lectureId) },
    );
    expect(after.data!.campaign.stats.eventCount).toBe(before.data!.campaign.stats.eventCount + 1);
    expect(after.data!.campaign.stats.audienceTotal).toBe(before.data!.campaign.stats.audienceTotal + 85);
  });

  it('lets OPERATOR record and files the event under a sub-action of its campaign', async () => {
    const [action] = await h.sql<{ id: number }>(`SELECT id FROM campaigns.campaign_action WHERE campaign_id = $1 AND ordinal = 1`, [
      ids.customsId,
    ]);
    const res = await h.gqlAs<{ recordCampaignEvent: Record<string, any> }>(
      { subject: 'op', role: 'OPERATOR', orgUnitCode: '513426-ZX' },
      RECORD,
      {
        i: input({
          campaignId: String(ids.customsId),
          actionId: String(action.id),
          lectureGroupId: null,
          heldAt: '2023-03-03T19:00:00+08:00',
          venueType: 'HOUSEHOLD',
        }),
      },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.recordCampaignEvent.action).toEqual({ id: String(action.id), ordinal: 1 });
  });

  type Case = [label: string, caller: Identity, override: Record<string, unknown>, code: string, message: RegExp];
  const cases: Case[] = [
    [
      'a day before the campaign period',
      TOWNSHIP_PROPAGANDA,
      { heldAt: '2021-02-28T23:30:00+08:00' },
      'BAD_USER_INPUT',
      /heldAt 2021-02-28 .*outside the period of campaign \d+: 2021-03-01 to 2021-12-31/,
    ],
    [
      'a day after it (in China Standard Time, though still 2021 in UTC)',
      TOWNSHIP_PROPAGANDA,
      { heldAt: '2022-01-01T01:00:00+08:00' },
      'BAD_USER_INPUT',
      /heldAt 2022-01-01/,
    ],
    ["a host outside the recorder's subtree", TOWNSHIP_PROPAGANDA, { hostId: '__OTHER__' }, 'FORBIDDEN', /outside/],
    ['a host that does not exist', TOWNSHIP_PROPAGANDA, { hostId: '999999' }, 'NOT_FOUND', /org unit 999999/],
    ['a negative audience', TOWNSHIP_PROPAGANDA, { audienceCount: -1 }, 'BAD_USER_INPUT', /audienceCount/],
    ['an empty title', TOWNSHIP_PROPAGANDA, { title: '   ' }, 'BAD_USER_INPUT', /title/],
    ['a campaign that does not exist', TOWNSHIP_PROPAGANDA, { campaignId: '999999' }, 'NOT_FOUND', /campaign 999999/],
    ['a lecture group that does not exist', TOWNSHIP_PROPAGANDA, { lectureGroupId: '999999' }, 'NOT_FOUND', /lecture group 999999/],
    [
      'a sub-action of another campaign',
      TOWNSHIP_PROPAGANDA,
      { actionId: '__CUSTOMS_ACTION__' },
      'BAD_USER_INPUT',
      /actionId .* belongs to campaign/,
    ],
    ['a malformed volunteer id', TOWNSHIP_PROPAGANDA, { volunteerIds: ['x1'] }, 'BAD_USER_INPUT', /volunteer id/],
    ['a caller without a token', ANONYMOUS, {}, 'UNAUTHENTICATED', /sign in/],
    ['an ANALYST', { subject: 'a', role: 'ANALYST' }, {}, 'FORBIDDEN', /ANALYST may not record campaign events/],
    ['a VOLUNTEER', { subject: 'v', role: 'VOLUNTEER', volunteerId: '12' }, {}, 'FORBIDDEN', /VOLUNTEER/],
  ];

  it.each(cases)('refuses %s and writes nothing', async (_label, caller, override, code, message) => {
    const [customsAction] = await h.sql<{ id: number }>(`SELECT id FROM campaigns.campaign_action WHERE campaign_id = $1 LIMIT 1`, [
      ids.customsId,
    ]);
    const resolved = Object.fromEntries(
      Object.entries(override).map(([k, v]) => [
        k,
        v === '__OTHER__' ? otherInstituteId : v === '__CUSTOMS_ACTION__' ? String(customsAction.id) : v,
      ]),
    );
    const [events, helpers, audits] = [await eventCount(), await helperCount(), await auditCount()];
    const res = await h.gqlAs(caller, RECORD, { i: input(resolved) });
    expect(res.errors?.[0]?.extensions?.code).toBe(code);
    expect(res.errors?.[0]?.message).toMatch(message);
    expect(res.data?.recordCampaignEvent ?? null).toBeNull();
    expect([await eventCount(), await helperCount(), await auditCount()]).toEqual([events, helpers, audits]);
  });
});
