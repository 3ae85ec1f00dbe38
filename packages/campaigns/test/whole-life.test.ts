import { createScratchDatabase, startSubgraphHarness, type SubgraphHarness } from '@civic/testing';
import type { Identity } from '@civic/runtime';
import { orgSubgraph } from '@civic/org';
import { campaignsSubgraph } from '../src/subgraph';
import { demoIds } from './support/expected-stats';

/** ORG_ADMIN of the Huidong center. */
const COUNTY_ADMIN: Identity = { subject: 'org-admin-hd', role: 'ORG_ADMIN', orgUnitCode: '513426-ZX' };
/** PROPAGANDA of 鲹鱼河镇 institute. */
const TOWNSHIP_PROPAGANDA: Identity = { subject: 'propaganda-sjs', role: 'PROPAGANDA', orgUnitCode: '513426101000-SJS' };

describe('campaigns, sub-actions, brands, lecture groups and measures through their whole life', () => {
  let h: SubgraphHarness;
  let ids: Awaited<ReturnType<typeof demoIds>>;

  beforeAll(async () => {
    h = await startSubgraphHarness([orgSubgraph, campaignsSubgraph], { databaseUrl: await createScratchDatabase() });
    ids = await demoIds(h);
  }, 120000);
  afterAll(() => h?.stop());

  const audit = (action: string, id: string | number) =>
    h.sql<{ reason: string | null; changes: Record<string, { from: unknown; to: unknown }> | null }>(
      `SELECT reason, changes FROM audit.entry WHERE action = $1 AND $2 = ANY(entity_ids) ORDER BY id`,
      [action, String(id)],
    );

  it('creates a campaign with an audience target and updates its name, period and targets; a period leaving events outside is refused', async () => {
    const created = await h.gqlAs(
      COUNTY_ADMIN,
      `mutation($i: CreateCampaignInput!) { createCampaign(input: $i) { id version audienceTarget closedAt } }`,
      {
        i: {
          name: '会东县文明实践宣讲月',
          kind: 'THEMED_ACTIVITY',
          organizerId: String(ids.centerId),
          audienceTarget: 5000,
          startsOn: '2021-05-01',
        },
      },
    );
    expect(created.errors).toBeUndefined();
    expect(created.data!.createCampaign).toMatchObject({ version: 1, audienceTarget: 5000, closedAt: null });
    const id = created.data!.createCampaign.id;

    const UPDATE = `mutation($i: UpdateCampaignInput!) { updateCampaign(input: $i) { name startsOn endsOn eventTarget audienceTarget description version } }`;
    const updated = await h.gqlAs(COUNTY_ADMIN, UPDATE, {
      i: {
        id,
        expectedVersion: 1,
        name: ' 会东县文明实践宣讲季 ',
        endsOn: '2021-07-31',
        eventTarget: 60,
        audienceTarget: 8000,
        description: '三个月',
      },
    });
    expect(updated.errors).toBeUndefined();
    expect(updated.data!.updateCampaign).toEqual({
      name: '会东县文明实践宣讲季',
      startsOn: '2021-05-01',
      endsOn: '2021-07-31',
      eventTarget: 60,
      audienceTarget: 8000,
      description: '三个月',
      version: 2,
    });
    const [entry] = await audit('updateCampaign', id);
    expect(entry.changes).toMatchObject({
      name: { from: '会东县文明实践宣讲月', to: '会东县文明实践宣讲季' },
      audienceTarget: { from: 5000, to: 8000 },
    });

    // The lecture campaign holds events from March to December 2021: ending it in June would orphan them.
    const lectureVersion = (await h.sql<{ version: number }>(`SELECT version FROM campaigns.campaign WHERE id = $1`, [ids.lectureId]))[0]
      .version;
    const shrink = await h.gqlAs(COUNTY_ADMIN, UPDATE, {
      i: { id: String(ids.lectureId), expectedVersion: lectureVersion, endsOn: '2021-06-30' },
    });
    expect(shrink.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.endsOn' });
    expect(shrink.errors?.[0]?.message).toMatch(/event\(s\) of campaign .* would fall outside/);

    const reversed = await h.gqlAs(COUNTY_ADMIN, UPDATE, { i: { id, expectedVersion: 2, endsOn: '2021-04-01' } });
    expect(reversed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.endsOn' });
    const outside = await h.gqlAs(TOWNSHIP_PROPAGANDA, UPDATE, { i: { id, expectedVersion: 2, name: '越权' } });
    expect(outside.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const noVersion = await h.gqlAs(COUNTY_ADMIN, UPDATE, { i: { id, name: '没有版本' } });
    expect(noVersion.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const missing = await h.gqlAs(COUNTY_ADMIN, UPDATE, { i: { id: '999999', expectedVersion: 1, name: '不存在' } });
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('creates, renames and retires a sub-action: retired ones stay on their events, leave the list and take no new events', async () => {
    const created = await h.gqlAs(
      COUNTY_ADMIN,
      `mutation($i: CreateCampaignActionInput!) { createCampaignAction(input: $i) { id ordinal version } }`,
      { i: { campaignId: String(ids.customsId), name: '文明餐桌行动' } },
    );
    expect(created.errors).toBeUndefined();
    expect(created.data!.createCampaignAction.ordinal).toBe(11);
    const id = created.data!.createCampaignAction.id;
    const renamed = await h.gqlAs(
      COUNTY_ADMIN,
      `mutation($i: UpdateCampaignActionInput!) { updateCampaignAction(input: $i) { name version } }`,
      { i: { id, expectedVersion: 1, name: '光盘行动' } },
    );
    expect(renamed.data!.updateCampaignAction).toEqual({ name: '光盘行动', version: 2 });

    const [filed] = await h.sql<{ id: number }>(`SELECT id FROM campaigns.campaign_action WHERE campaign_id = $1 AND ordinal = 1`, [
      ids.customsId,
    ]);
    const retired = await h.gqlAs(
      COUNTY_ADMIN,
      `mutation($i: RetireActionOrBrandInput!) { retireCampaignAction(input: $i) { retiredAt version } }`,
      {
        i: { id: String(filed.id), expectedVersion: 1, reason: '并入其他行动' },
      },
    );
    expect(retired.errors).toBeUndefined();
    const actions = await h.gql(
      `query($id: ID!) { campaign(id: $id) { actions { id } all: actions(includeRetired: true) { id retiredAt } } }`,
      { id: String(ids.customsId) },
    );
    expect(actions.data!.campaign.all).toHaveLength(11);
    expect(actions.data!.campaign.actions.map((a: { id: string }) => a.id)).not.toContain(String(filed.id));
    const [{ n }] = await h.sql<{ n: number }>(`SELECT count(*)::int AS n FROM campaigns.campaign_event WHERE action_id = $1`, [filed.id]);
    const stats = await h.gql(`query($id: ID!) { campaign(id: $id) { actions(includeRetired: true) { id stats { eventCount } } } }`, {
      id: String(ids.customsId),
    });
    expect(stats.data!.campaign.actions.find((a: { id: string }) => a.id === String(filed.id)).stats.eventCount).toBe(n);

    const record = await h.gqlAs(COUNTY_ADMIN, `mutation($i: RecordCampaignEventInput!) { recordCampaignEvent(input: $i) { id } }`, {
      i: {
        campaignId: String(ids.customsId),
        actionId: String(filed.id),
        title: '婚事新办宣讲',
        heldAt: '2023-03-03T19:00:00+08:00',
        format: 'LECTURE',
        venueType: 'HOUSEHOLD',
        hostId: String(ids.instituteId),
        audienceCount: 20,
      },
    });
    expect(record.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.actionId' });
    expect((await audit('retireCampaignAction', filed.id))[0].reason).toBe('并入其他行动');
  });

  it('creates, updates and retires a work brand; a second brand of one name is CONFLICT', async () => {
    const CREATE = `mutation($i: CreateWorkBrandInput!) { createWorkBrand(input: $i) { id name forMinors version } }`;
    const created = await h.gqlAs(TOWNSHIP_PROPAGANDA, CREATE, {
      i: { name: '金沙江畔红色讲堂', orgUnitId: String(ids.instituteId), forMinors: true },
    });
    expect(created.errors).toBeUndefined();
    const id = created.data!.createWorkBrand.id;
    const duplicate = await h.gqlAs(TOWNSHIP_PROPAGANDA, CREATE, { i: { name: '金沙江畔红色讲堂', orgUnitId: String(ids.instituteId) } });
    expect(duplicate.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const updated = await h.gqlAs(
      TOWNSHIP_PROPAGANDA,
      `mutation($i: UpdateWorkBrandInput!) { updateWorkBrand(input: $i) { description forMinors version } }`,
      { i: { id, expectedVersion: 1, description: '面向全镇群众', forMinors: false } },
    );
    expect(updated.data!.updateWorkBrand).toEqual({ description: '面向全镇群众', forMinors: false, version: 2 });
    const retired = await h.gqlAs(
      TOWNSHIP_PROPAGANDA,
      `mutation($i: RetireActionOrBrandInput!) { retireWorkBrand(input: $i) { version retiredAt } }`,
      {
        i: { id, expectedVersion: 2 },
      },
    );
    expect(retired.errors).toBeUndefined();
    const lists = await h.gql(
      `query($r: [_Any!]!, $f: WorkBrandFilter) {
         _entities(representations: $r) { ... on OrgUnit { workBrands { id } all: workBrands(includeRetired: true) { id } } }
         workBrands(filter: $f) { totalCount }
         retired: workBrands(filter: { subtreeOf: "${ids.instituteId}", includeRetired: true }) { totalCount }
       }`,
      { r: [{ __typename: 'OrgUnit', id: String(ids.instituteId) }], f: { subtreeOf: String(ids.instituteId) } },
    );
    expect(lists.errors).toBeUndefined();
    expect(lists.data!._entities[0].workBrands).toEqual([]);
    expect(lists.data!._entities[0].all).toEqual([{ id }]);
    expect(lists.data!.workBrands.totalCount).toBe(0);
    expect(lists.data!.retired.totalCount).toBe(1);
    const stale = await h.gqlAs(TOWNSHIP_PROPAGANDA, `mutation($i: RetireActionOrBrandInput!) { retireWorkBrand(input: $i) { version } }`, {
      i: { id, expectedVersion: 2 },
    });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it("sets a lecture group's topics and adds and removes members, each change counted in its version", async () => {
    const [group] = await h.sql<{ id: number; version: number }>(`SELECT id, version FROM campaigns.lecture_group WHERE org_unit_id = $1`, [
      ids.instituteId,
    ]);
    const MEMBERS = `query($id: ID!) { lectureGroup(id: $id) { topics version members { id } } }`;
    const before = (await h.gql(MEMBERS, { id: String(group.id) })).data!.lectureGroup;
    const topics = await h.gqlAs(
      TOWNSHIP_PROPAGANDA,
      `mutation($i: UpdateLectureGroupInput!) { updateLectureGroup(input: $i) { topics version } }`,
      { i: { id: String(group.id), expectedVersion: group.version, topics: [' 红军巧渡金沙江 ', '', '乡村振兴'] } },
    );
    expect(topics.data!.updateLectureGroup).toEqual({ topics: ['红军巧渡金沙江', '乡村振兴'], version: group.version + 1 });
    const added = await h.gqlAs(
      TOWNSHIP_PROPAGANDA,
      `mutation($i: LectureGroupMembersInput!) { addLectureGroupMembers(input: $i) { version members { id } } }`,
      { i: { groupId: String(group.id), expectedVersion: group.version + 1, volunteerIds: ['88001', '88002', before.members[0].id] } },
    );
    expect(added.errors).toBeUndefined();
    expect(added.data!.addLectureGroupMembers.version).toBe(group.version + 2);
    expect(added.data!.addLectureGroupMembers.members).toHaveLength(before.members.length + 2);
    const removed = await h.gqlAs(
      TOWNSHIP_PROPAGANDA,
      `mutation($i: LectureGroupMembersInput!) { removeLectureGroupMembers(input: $i) { version members { id } } }`,
      { i: { groupId: String(group.id), expectedVersion: group.version + 2, volunteerIds: ['88001'] } },
    );
    expect(removed.data!.removeLectureGroupMembers.members.map((m: { id: string }) => m.id)).not.toContain('88001');
    const stale = await h.gqlAs(
      TOWNSHIP_PROPAGANDA,
      `mutation($i: LectureGroupMembersInput!) { removeLectureGroupMembers(input: $i) { version } }`,
      { i: { groupId: String(group.id), expectedVersion: group.version + 2, volunteerIds: ['88002'] } },
    );
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const [entry] = await audit('removeLectureGroupMembers', group.id);
    expect(entry.changes!.memberIds.from).toContain(88001);
  });

  it('updates and revokes a customs-reform measure: it stops counting in coverage from its revocation day; the station may adopt it again', async () => {
    const [measure] = await h.sql<{ id: number; org_unit_id: number; adopted_on: string; version: number; parent: number }>(
      `SELECT m.id, m.org_unit_id, to_char(m.adopted_on, 'YYYY-MM-DD') AS adopted_on, m.version, u.parent_id AS parent
       FROM campaigns.customs_reform_measure m JOIN org.org_unit u ON u.id = m.org_unit_id
       WHERE m.kind = 'VILLAGE_RULES' AND m.adopted_on < '2022-06-01' ORDER BY m.id LIMIT 1`,
    );
    const COVERAGE = `query($r: [_Any!]!) { _entities(representations: $r) { ... on OrgUnit {
      before: customsReformCoverage(asOf: "2022-06-30") { villageRulesCount }
      after: customsReformCoverage(asOf: "2022-07-01") { villageRulesCount }
      now: customsReformCoverage { villageRulesCount }
      adoptedIn2022: customsReformCoverage(from: "2022-01-01", to: "2022-12-31") { villageRulesCount }
      customsReformMeasures { id }
    } } }`;
    const r = [{ __typename: 'OrgUnit', id: String(measure.parent) }];
    const start = (await h.gql(COVERAGE, { r })).data!._entities[0];

    const updated = await h.gqlAs(
      COUNTY_ADMIN,
      `mutation($i: UpdateCustomsReformMeasureInput!) { updateCustomsReformMeasure(input: $i) { note version } }`,
      { i: { id: String(measure.id), expectedVersion: measure.version, note: '写入禁止高价彩礼条款' } },
    );
    expect(updated.data!.updateCustomsReformMeasure).toEqual({ note: '写入禁止高价彩礼条款', version: measure.version + 1 });
    const early = await h.gqlAs(
      COUNTY_ADMIN,
      `mutation($i: RevokeCustomsReformMeasureInput!) { revokeCustomsReformMeasure(input: $i) { id } }`,
      { i: { id: String(measure.id), expectedVersion: measure.version + 1, revokedOn: '2000-01-01', reason: '太早' } },
    );
    expect(early.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.revokedOn' });
    const revoked = await h.gqlAs(
      COUNTY_ADMIN,
      `mutation($i: RevokeCustomsReformMeasureInput!) { revokeCustomsReformMeasure(input: $i) { revokedOn revokeReason version } }`,
      { i: { id: String(measure.id), expectedVersion: measure.version + 1, revokedOn: '2022-07-01', reason: '村规民约重新修订中' } },
    );
    expect(revoked.data!.revokeCustomsReformMeasure).toEqual({
      revokedOn: '2022-07-01',
      revokeReason: '村规民约重新修订中',
      version: measure.version + 2,
    });

    const end = (await h.gql(COVERAGE, { r })).data!._entities[0];
    expect(end.before.villageRulesCount).toBe(start.before.villageRulesCount);
    expect(end.after.villageRulesCount).toBe(start.after.villageRulesCount - 1);
    expect(end.now.villageRulesCount).toBe(start.now.villageRulesCount - 1);
    const station = await h.gql(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on OrgUnit { customsReformMeasures { id } all: customsReformMeasures(includeRevoked: true) { id revokedOn } } } }`,
      { r: [{ __typename: 'OrgUnit', id: String(measure.org_unit_id) }] },
    );
    expect(station.data!._entities[0].customsReformMeasures.map((m: { id: string }) => m.id)).not.toContain(String(measure.id));
    expect(station.data!._entities[0].all).toContainEqual({ id: String(measure.id), revokedOn: '2022-07-01' });

    const again = await h.gqlAs(
      COUNTY_ADMIN,
      `mutation($i: RecordCustomsReformMeasureInput!) { recordCustomsReformMeasure(input: $i) { id version } }`,
      {
        i: { orgUnitId: String(measure.org_unit_id), kind: 'VILLAGE_RULES', adoptedOn: '2023-01-10' },
      },
    );
    expect(again.errors).toBeUndefined();
    const twice = await h.gqlAs(
      COUNTY_ADMIN,
      `mutation($i: RecordCustomsReformMeasureInput!) { recordCustomsReformMeasure(input: $i) { id } }`,
      {
        i: { orgUnitId: String(measure.org_unit_id), kind: 'VILLAGE_RULES', adoptedOn: '2023-01-11' },
      },
    );
    expect(twice.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const final = (await h.gql(COVERAGE, { r })).data!._entities[0];
    expect(final.now.villageRulesCount).toBe(start.now.villageRulesCount);
    expect(final.after.villageRulesCount).toBe(start.after.villageRulesCount - 1);
  });
});
