import type { Identity } from '@civic/runtime';
import { createScratchDatabase, startSubgraphHarness, type SubgraphHarness } from '@civic/testing';
import { orgSubgraph } from '@civic/org';
import { campaignsSubgraph } from '../src/subgraph';
import { demoIds } from './support/expected-stats';

const ADMIN: Identity = { subject: 'admin', role: 'ADMIN' };
const TONGCHUAN_PROPAGANDA: Identity = { subject: 'tc-propaganda', role: 'PROPAGANDA', orgUnitCode: '610200-ZX' };
const HUIDONG_PROPAGANDA: Identity = { subject: 'hd-propaganda', role: 'PROPAGANDA', orgUnitCode: '513426-ZX' };
const HUIDONG_OPERATOR: Identity = { subject: 'hd-operator', role: 'OPERATOR', orgUnitCode: '513426-ZX' };

const ROLE_MODELS = `query($f: RoleModelFilter) { roleModels(filter: $f, first: 10) { totalCount edges { node {
  id name position nickname achievements unit { id } honours { title level year revokedOn } featuredIn { name }
} } } }`;

describe('campaigns: what the reports describe (role models, works, venues, people, calendar)', () => {
  let h: SubgraphHarness;
  let ids: Awaited<ReturnType<typeof demoIds>>;
  const count = async (table: string) => (await h.sql<{ n: number }>(`SELECT count(*)::int AS n FROM campaigns.${table}`))[0].n;
  const audits = async (action: string) => (await h.sql(`SELECT 1 FROM audit.entry WHERE action = $1`, [action])).length;
  const eventId = async (title: string) =>
    (await h.sql<{ id: number }>(`SELECT id FROM campaigns.campaign_event WHERE title = $1`, [title]))[0].id;

  beforeAll(async () => {
    h = await startSubgraphHarness([orgSubgraph, campaignsSubgraph], { databaseUrl: await createScratchDatabase() });
    ids = await demoIds(h);
  });
  afterAll(() => h?.stop());

  describe('demo data', () => {
    it('has the "玉米书记" of Tongchuan with his figures and three titles, featured by the 照金精神 exhibition, found by initials and by honour', async () => {
      const byInitials = await h.gql<{ roleModels: { totalCount: number; edges: { node: Record<string, any> }[] } }>(ROLE_MODELS, {
        f: { search: 'jkp' },
      });
      expect(byInitials.errors).toBeUndefined();
      const model = byInitials.data!.roleModels.edges[0].node;
      expect(model).toMatchObject({
        name: '靳康鹏',
        nickname: '玉米书记',
        featuredIn: [{ name: '庆祝建党100周年"照金精神"铜川市专题宣讲展览' }],
      });
      expect(model.achievements).toMatch(/50余吨/);
      expect(model.achievements).toMatch(/4000元/);
      expect(model.honours.map((x: { title: string }) => x.title)).toEqual(['全国"最美公务员"', '全国优秀党务工作者', '"陕西好人"']);
      const [inTongchuan] = await h.sql<{ inside: boolean }>(
        `SELECT $1::int = ANY (string_to_array(trim(both '/' from path), '/')::int[]) AS inside FROM org.org_unit WHERE id = $2`,
        [ids.tongchuanCenterId, Number(model.unit.id)],
      );
      expect(inTongchuan.inside).toBe(true);

      const byHonour = await h.gql(ROLE_MODELS, { f: { honourTitle: '陕西好人', subtreeOf: String(ids.tongchuanCenterId) } });
      expect(byHonour.data!.roleModels.edges.map((e: { node: { name: string } }) => e.node.name)).toEqual(['靳康鹏']);
      const notInHuidong = await h.gql(ROLE_MODELS, { f: { search: '靳康鹏', subtreeOf: String(ids.centerId) } });
      expect(notInHuidong.data!.roleModels.totalCount).toBe(0);
    });

    it("has Tongchuan's red textbooks, plays and the song cycle 《照金》 performed at the arts festival opening of 2021-07-08", async () => {
      const res = await h.gql<{ works: { edges: { node: Record<string, any> }[] } }>(
        `{ works(first: 20) { edges { node { kind title uses { totalCount edges { node { kind campaign { name } event { title heldAt } } } } } } } }`,
      );
      expect(res.errors).toBeUndefined();
      const works = res.data!.works.edges.map((e) => e.node);
      expect(works.map((w) => [w.kind, w.title])).toEqual([
        ['TEXTBOOK', '《英雄模范读本》'],
        ['TEXTBOOK', '《红色照金》'],
        ['PLAY', '《红喇叭》'],
        ['PLAY', '《照金这片天》'],
        ['SONG_CYCLE', '《照金》'],
      ]);
      const songCycle = works[4].uses.edges[0].node;
      expect(songCycle).toMatchObject({
        kind: 'PERFORMED',
        campaign: null,
        event: { title: '开幕式：大型情景组歌《照金》', heldAt: '2021-07-08T20:00:00+08:00' },
      });
      const search = await h.gql(`{ works(filter: { search: "hlb", kind: PLAY }) { edges { node { title } } } }`);
      expect(search.data!.works.edges.map((e: { node: { title: string } }) => e.node.title)).toEqual(['《红喇叭》']);
    });

    it('names 吴延旗 speaking at the exhibition opening, and gives online reach to the micro-lectures only', async () => {
      const opening = await eventId('"照金精神"专题宣讲展览开展仪式');
      const [online] = await h.sql<{ id: number }>(
        `SELECT id FROM campaigns.campaign_event WHERE title LIKE '红色故事微讲堂%' ORDER BY id LIMIT 1`,
      );
      const res = await h.gql<{ a: Record<string, any>; b: Record<string, any> }>(
        `query($a: ID!, $b: ID!) { a: campaignEvent(id: $a) { participants { role name position } onlineReach { views } }
                                   b: campaignEvent(id: $b) { format onlineReach { views participants platform } } }`,
        { a: String(opening), b: String(online.id) },
      );
      expect(res.errors).toBeUndefined();
      expect(res.data!.a).toEqual({
        participants: [{ role: 'SPEAKER', name: '吴延旗', position: '铜川市委常委、宣传部部长' }],
        onlineReach: null,
      });
      expect(res.data!.b.format).toBe('ONLINE');
      expect(res.data!.b.onlineReach.views).toBeGreaterThan(0);
      expect(res.data!.b.onlineReach.platform).toBeTruthy();
    });

    it("gives every online event its reach, Huidong's 云端微讲堂 included: a platform, and views no fewer than the people online", async () => {
      const rows = await h.sql<{ organizer: string; n: number; reached: number; plausible: number }>(
        `SELECT u.code AS organizer, count(*)::int AS n,
                count(*) FILTER (WHERE e.online_views > 0 AND e.online_platform IS NOT NULL)::int AS reached,
                count(*) FILTER (WHERE e.online_views >= e.online_participants)::int AS plausible
         FROM campaigns.campaign_event e JOIN campaigns.campaign c ON c.id = e.campaign_id JOIN org.org_unit u ON u.id = c.organizer_unit_id
         WHERE e.format = 'ONLINE' GROUP BY u.code ORDER BY u.code`,
      );
      expect(rows.map((r) => r.organizer)).toEqual(['513426-ZX', '610200-ZX']);
      for (const r of rows) expect([r.reached, r.plausible]).toEqual([r.n, r.n]);

      const [cloud] = await h.sql<{ id: number; audience: number }>(
        `SELECT id, audience_count AS audience FROM campaigns.campaign_event WHERE title LIKE '%（云端微讲堂）' ORDER BY id LIMIT 1`,
      );
      const res = await h.gql(`query($id: ID!) { campaignEvent(id: $id) { format onlineReach { views participants platform } } }`, {
        id: String(cloud.id),
      });
      expect(res.errors).toBeUndefined();
      const reach = res.data!.campaignEvent.onlineReach;
      expect(res.data!.campaignEvent.format).toBe('ONLINE');
      expect(reach).toMatchObject({ participants: cloud.audience, platform: '会东县融媒体中心直播间' });
      expect(reach.views).toBeGreaterThanOrEqual(cloud.audience + 300);
    });

    it('links study visits to the red education sites the org data has, and lists them on the venue', async () => {
      const venues = await h.sql<{ id: number; name: string }>(
        `SELECT id, name FROM org.venue WHERE name IN ('照金纪念馆', '陈家坡会议旧址', '铜川博物馆') ORDER BY id`,
      );
      const [linked] = await h.sql<{ n: number }>(`SELECT count(*)::int AS n FROM campaigns.campaign_event WHERE venue_id IS NOT NULL`);
      if (venues.length === 0) {
        expect(linked.n).toBe(0);
        return;
      }
      const res = await h.gql<{
        _entities: { id: string; studyVisits: { totalCount: number; edges: { node: { place: string; venue: { id: string } } }[] } }[];
      }>(
        `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Venue { id studyVisits(first: 10) { totalCount edges { node { place venue { id } } } } } } }`,
        { reps: venues.map((v) => ({ __typename: 'Venue', id: String(v.id) })) },
      );
      expect(res.errors).toBeUndefined();
      res.data!._entities.forEach((venue, i) => {
        expect(venue.studyVisits.totalCount).toBe(4);
        expect(venue.studyVisits.edges.every((e) => e.node.place === venues[i].name && e.node.venue.id === venue.id)).toBe(true);
      });
    });

    it("keeps Huidong's activity calendar of national themed days, sub-centers responsible, most 2021 activities held by them", async () => {
      const res = await h.gql<{ activityCalendar: { year: number; days: Record<string, any>[] } }>(
        `query($u: ID!) { activityCalendar(unitId: $u, year: 2021) { year days { month day date theme
           responsibleUnits { id } activities { plannedOn status host { id } event { id heldAt host { id } } } } } }`,
        { u: String(ids.centerId) },
      );
      expect(res.errors).toBeUndefined();
      const days = res.data!.activityCalendar.days;
      expect(days.length).toBeGreaterThanOrEqual(25);
      const byTheme = (theme: string) => days.find((d) => d.theme === theme);
      expect(byTheme('学雷锋纪念日')).toMatchObject({ month: 3, day: 5, date: '2021-03-05' });
      expect(byTheme('国家宪法日')).toMatchObject({ month: 12, day: 4 });
      expect(byTheme('国际志愿者日')).toMatchObject({ month: 12, day: 5 });
      expect(byTheme('全民国家安全教育日')).toMatchObject({ month: 4, day: 15 });
      const subCenters = new Set(
        (await h.sql<{ id: number }>(`SELECT id FROM org.org_unit WHERE code LIKE '513426-FZX-%'`)).map((u) => String(u.id)),
      );
      expect(
        days.every((d) => d.responsibleUnits.length > 0 && d.responsibleUnits.every((u: { id: string }) => subCenters.has(u.id))),
      ).toBe(true);
      const activities = days.flatMap((d) => d.activities.map((a: Record<string, any>) => ({ ...a, date: d.date })));
      const held = activities.filter((a) => a.status === 'HELD');
      expect(held.length).toBeGreaterThan(activities.length / 2);
      expect(activities.some((a) => a.status === 'CANCELLED')).toBe(true);
      for (const a of held) {
        expect(a.plannedOn).toBe(a.date);
        expect(a.event.heldAt.slice(0, 10)).toBe(a.plannedOn);
        expect(subCenters.has(a.event.host.id)).toBe(true);
      }
    });
  });

  describe('demo invariants', () => {
    it('has every campaign ended by its end date or open-ended, and none ending after 2021', async () => {
      const rows = await h.sql<{ name: string; ends_on: string | null }>(`SELECT name, ends_on::text FROM campaigns.campaign ORDER BY id`);
      const open = rows.filter((r) => r.ends_on === null).map((r) => r.name);
      // Only the standing customs-reform drive runs on.
      expect(open).toEqual(['会东县移风易俗十大行动']);
      expect(rows.every((r) => r.ends_on === null || r.ends_on <= '2021-12-31')).toBe(true);
    });

    it('holds no event after 2021-12-31, and lets the sub-centers host events', async () => {
      const [row] = await h.sql<{ late: number; sub_center_hosts: number; typo: number }>(
        `SELECT count(*) FILTER (WHERE (held_at AT TIME ZONE 'Asia/Shanghai')::date > '2021-12-31')::int AS late,
                count(DISTINCT host_unit_id) FILTER (WHERE host_unit_id IN (SELECT id FROM org.org_unit WHERE level = 'SUB_CENTER'))::int AS sub_center_hosts,
                count(*) FILTER (WHERE title LIKE '%感恩恩%')::int AS typo
         FROM campaigns.campaign_event`,
      );
      expect(row).toEqual({ late: 0, sub_center_hosts: expect.any(Number), typo: 0 });
      expect(row.sub_center_hosts).toBeGreaterThanOrEqual(10);
    });

    it("gives Tongchuan's two lecture teams their child docents", async () => {
      const rows = await h.sql<{ name: string; lo: number; hi: number; n: number }>(
        `SELECT g.name, min(m.volunteer_id) AS lo, max(m.volunteer_id) AS hi, count(*)::int AS n
         FROM campaigns.lecture_group g JOIN campaigns.lecture_group_member m ON m.group_id = g.id
         WHERE g.org_unit_id = $1 GROUP BY g.id, g.name ORDER BY g.id`,
        [ids.tongchuanCenterId],
      );
      expect(rows).toEqual([
        { name: '"红孩儿"宣讲团', lo: 90_001, hi: 90_040, n: 40 },
        { name: '"小红星讲解团"志愿服务队', lo: 90_041, hi: 90_080, n: 40 },
      ]);
    });
  });

  describe('writes', () => {
    it('records a role model, awards, revokes (kept as history) and features them once; refuses a caller without scope and leaves no rows', async () => {
      const record = `mutation($i: RecordRoleModelInput!) { recordRoleModel(input: $i) { id name } }`;
      const refused = await h.gqlAs(HUIDONG_PROPAGANDA, record, { i: { name: '某典型', unitId: String(ids.tongchuanCenterId) } });
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(await count('role_model')).toBe(1);

      const made = await h.gqlAs<{ recordRoleModel: { id: string } }>(TONGCHUAN_PROPAGANDA, record, {
        i: { name: ' 王红 ', unitId: String(ids.tongchuanCenterId), position: '讲解员', nickname: '红色讲解员' },
      });
      expect(made.errors).toBeUndefined();
      const id = made.data!.recordRoleModel.id;
      const award = `mutation($i: AwardHonourInput!) { awardHonour(input: $i) { id title level year revokedOn } }`;
      const honour = await h.gqlAs<{ awardHonour: { id: string } }>(TONGCHUAN_PROPAGANDA, award, {
        i: { roleModelId: id, title: '铜川好人', year: 2021, level: 'CITY' },
      });
      expect(honour.errors).toBeUndefined();
      const twice = await h.gqlAs(TONGCHUAN_PROPAGANDA, award, { i: { roleModelId: id, title: '铜川好人', year: 2021, level: 'CITY' } });
      expect(twice.errors?.[0]?.extensions?.code).toBe('CONFLICT');
      const foreign = await h.gqlAs(HUIDONG_PROPAGANDA, award, { i: { roleModelId: id, title: '会东好人', level: 'COUNTY' } });
      expect(foreign.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

      const revoke = `mutation($i: RevokeHonourInput!) { revokeHonour(input: $i) { revokedOn revokeReason } }`;
      const revoked = await h.gqlAs(TONGCHUAN_PROPAGANDA, revoke, {
        i: { id: honour.data!.awardHonour.id, revokedOn: '2022-03-01', reason: '核查不实' },
      });
      expect(revoked.data).toEqual({ revokeHonour: { revokedOn: '2022-03-01', revokeReason: '核查不实' } });
      const again = await h.gqlAs(TONGCHUAN_PROPAGANDA, revoke, { i: { id: honour.data!.awardHonour.id, reason: '再次' } });
      expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
      const read = await h.gql(
        `query($id: ID!) { roleModel(id: $id) { honours { title revokedOn } inForce: honours(inForceOnly: true) { title } } }`,
        { id },
      );
      expect(read.data!.roleModel).toEqual({ honours: [{ title: '铜川好人', revokedOn: '2022-03-01' }], inForce: [] });

      const [exhibition] = await h.sql<{ id: number }>(
        `SELECT id FROM campaigns.campaign WHERE kind = 'EXHIBITION' AND organizer_unit_id = $1`,
        [ids.tongchuanCenterId],
      );
      const feature = `mutation($i: FeatureRoleModelInput!) { featureRoleModel(input: $i) { featuredIn { id } } }`;
      const pair = { campaignId: String(exhibition.id), roleModelId: id };
      const outsider = await h.gqlAs(HUIDONG_PROPAGANDA, feature, { i: pair });
      expect(outsider.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(await count('campaign_role_model')).toBe(1);
      expect((await h.gqlAs(TONGCHUAN_PROPAGANDA, feature, { i: pair })).data!.featureRoleModel.featuredIn).toEqual([
        { id: String(exhibition.id) },
      ]);
      expect((await h.gqlAs(TONGCHUAN_PROPAGANDA, feature, { i: pair })).errors?.[0]?.extensions?.code).toBe('CONFLICT');
      const unfeature = `mutation($i: FeatureRoleModelInput!) { unfeatureRoleModel(input: $i) { featuredIn { id } } }`;
      expect((await h.gqlAs(TONGCHUAN_PROPAGANDA, unfeature, { i: pair })).data!.unfeatureRoleModel.featuredIn).toEqual([]);
      expect((await h.gqlAs(TONGCHUAN_PROPAGANDA, unfeature, { i: pair })).errors?.[0]?.extensions?.code).toBe('CONFLICT');

      for (const action of ['recordRoleModel', 'awardHonour', 'revokeHonour', 'featureRoleModel', 'unfeatureRoleModel']) {
        expect(await audits(action)).toBe(1);
      }
    });

    it('records a work and links it to an event, once; refuses a caller without scope and an OPERATOR', async () => {
      const record = `mutation($i: RecordWorkInput!) { recordWork(input: $i) { id title kind } }`;
      const before = await count('work');
      for (const caller of [HUIDONG_PROPAGANDA, HUIDONG_OPERATOR]) {
        const res = await h.gqlAs(caller, record, { i: { kind: 'SONG', title: '《照金之歌》', unitId: String(ids.tongchuanCenterId) } });
        expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      }
      expect(await count('work')).toBe(before);
      const work = await h.gqlAs<{ recordWork: { id: string } }>(TONGCHUAN_PROPAGANDA, record, {
        i: { kind: 'SONG', title: '《照金之歌》', unitId: String(ids.tongchuanCenterId), year: 2021 },
      });
      expect(work.errors).toBeUndefined();
      const link = `mutation($i: LinkWorkInput!) { linkWork(input: $i) { kind work { title } event { title } } }`;
      const opening = String(await eventId('开幕式：大型情景组歌《照金》'));
      const use = { workId: work.data!.recordWork.id, eventId: opening, kind: 'PERFORMED' };
      expect((await h.gqlAs(HUIDONG_PROPAGANDA, link, { i: use })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await h.gqlAs(TONGCHUAN_PROPAGANDA, link, { i: use })).data!.linkWork).toEqual({
        kind: 'PERFORMED',
        work: { title: '《照金之歌》' },
        event: { title: '开幕式：大型情景组歌《照金》' },
      });
      expect((await h.gqlAs(TONGCHUAN_PROPAGANDA, link, { i: use })).errors?.[0]?.extensions?.code).toBe('CONFLICT');
      const both = await h.gqlAs(TONGCHUAN_PROPAGANDA, link, { i: { ...use, campaignId: String(ids.lectureId) } });
      expect(both.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const works = await h.gql(`query($id: ID!) { campaignEvent(id: $id) { works { work { title } } } }`, { id: opening });
      expect(works.data!.campaignEvent.works.map((w: { work: { title: string } }) => w.work.title)).toEqual(['《照金》', '《照金之歌》']);
      const unlink = await h.gqlAs(TONGCHUAN_PROPAGANDA, `mutation($i: LinkWorkInput!) { unlinkWork(input: $i) { uses { totalCount } } }`, {
        i: use,
      });
      expect(unlink.data!.unlinkWork.uses.totalCount).toBe(0);
      expect([await audits('recordWork'), await audits('linkWork'), await audits('unlinkWork')]).toEqual([1, 1, 1]);
    });

    it('adds and removes a speaker, sets online reach for online events only, records an event at a venue', async () => {
      const opening = String(await eventId('"照金精神"专题宣讲展览开展仪式'));
      const add = `mutation($i: AddEventParticipantInput!) { addEventParticipant(input: $i) { id role name } }`;
      const guest = { eventId: opening, role: 'GUEST', name: '翟静', position: '铜川市委文明办科长' };
      const before = await count('event_participant');
      expect((await h.gqlAs(HUIDONG_PROPAGANDA, add, { i: guest })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(await count('event_participant')).toBe(before);
      const added = await h.gqlAs<{ addEventParticipant: { id: string } }>(TONGCHUAN_PROPAGANDA, add, { i: guest });
      expect(added.errors).toBeUndefined();
      const removed = await h.gqlAs(
        TONGCHUAN_PROPAGANDA,
        `mutation($id: ID!) { removeEventParticipant(id: $id) { participants { name } } }`,
        {
          id: added.data!.addEventParticipant.id,
        },
      );
      expect(removed.data!.removeEventParticipant.participants).toEqual([{ name: '吴延旗' }]);

      const reach = `mutation($i: SetEventOnlineReachInput!) { setEventOnlineReach(input: $i) { onlineReach { views participants platform } } }`;
      const offline = await h.gqlAs(TONGCHUAN_PROPAGANDA, reach, { i: { eventId: opening, views: 10 } });
      expect(offline.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const [online] = await h.sql<{ id: number }>(
        `SELECT id FROM campaigns.campaign_event WHERE title LIKE '红色故事微讲堂%' ORDER BY id LIMIT 1`,
      );
      const set = await h.gqlAs(TONGCHUAN_PROPAGANDA, reach, { i: { eventId: String(online.id), views: 12_345, platform: '铜川发布' } });
      expect(set.data!.setEventOnlineReach.onlineReach).toMatchObject({ views: 12_345, platform: '铜川发布' });
      expect([await audits('addEventParticipant'), await audits('removeEventParticipant'), await audits('setEventOnlineReach')]).toEqual([
        1, 1, 1,
      ]);

      const [study] = await h.sql<{ id: number }>(`SELECT id FROM campaigns.campaign WHERE kind = 'STUDY_TOUR'`);
      const recorded = await h.gqlAs<{ recordCampaignEvent: { id: string; venue: { id: string } } }>(
        ADMIN,
        `mutation($i: RecordCampaignEventInput!) { recordCampaignEvent(input: $i) { id venue { id } } }`,
        {
          i: {
            campaignId: String(study.id),
            title: '研学实践：走进照金纪念馆（补录）',
            heldAt: '2021-10-20T09:00:00+08:00',
            format: 'VISIT',
            venueType: 'MEMORIAL_SITE',
            hostId: String(ids.tongchuanCenterId),
            audienceCount: 50,
            venueId: '424242',
          },
        },
      );
      expect(recorded.errors).toBeUndefined();
      expect(recorded.data!.recordCampaignEvent.venue).toEqual({ id: '424242' });
      const visits = await h.gql(
        `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Venue { studyVisits { totalCount } events { totalCount } } } }`,
        { reps: [{ __typename: 'Venue', id: '424242' }] },
      );
      expect(visits.data!._entities).toEqual([{ studyVisits: { totalCount: 1 }, events: { totalCount: 1 } }]);
    });

    it('adds a themed day and plans an activity against it, then marks it held; refuses an OPERATOR and a date off the day', async () => {
      const addDay = `mutation($i: AddCalendarDayInput!) { addCalendarDay(input: $i) { id month day theme responsibleUnits { id } } }`;
      const day = {
        unitId: String(ids.centerId),
        month: 9,
        day: 20,
        theme: '全国爱牙日',
        responsibleUnitIds: [String(ids.cultureSubCenterId)],
      };
      const before = await count('calendar_day');
      expect((await h.gqlAs(HUIDONG_OPERATOR, addDay, { i: day })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await h.gqlAs(TONGCHUAN_PROPAGANDA, addDay, { i: day })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await h.gqlAs(HUIDONG_PROPAGANDA, addDay, { i: { ...day, month: 2, day: 30 } })).errors?.[0]?.extensions?.code).toBe(
        'BAD_USER_INPUT',
      );
      expect(await count('calendar_day')).toBe(before);
      const added = await h.gqlAs<{ addCalendarDay: { id: string } }>(HUIDONG_PROPAGANDA, addDay, { i: day });
      expect(added.errors).toBeUndefined();
      expect((await h.gqlAs(HUIDONG_PROPAGANDA, addDay, { i: day })).errors?.[0]?.extensions?.code).toBe('CONFLICT');

      const plan = `mutation($i: PlanActivityInput!) { planActivity(input: $i) { id status } }`;
      const activity = {
        calendarDayId: added.data!.addCalendarDay.id,
        plannedOn: '2021-09-20',
        hostUnitId: String(ids.cultureSubCenterId),
        title: '爱牙日义诊',
      };
      expect((await h.gqlAs(HUIDONG_PROPAGANDA, plan, { i: { ...activity, plannedOn: '2021-09-21' } })).errors?.[0]?.extensions?.code).toBe(
        'BAD_USER_INPUT',
      );
      const planned = await h.gqlAs<{ planActivity: { id: string; status: string } }>(HUIDONG_PROPAGANDA, plan, { i: activity });
      expect(planned.data!.planActivity.status).toBe('PLANNED');

      const [themed] = await h.sql<{ id: number }>(
        `SELECT id FROM campaigns.campaign WHERE kind = 'THEMED_ACTIVITY' AND organizer_unit_id = $1`,
        [ids.centerId],
      );
      const event = await h.gqlAs<{ recordCampaignEvent: { id: string } }>(
        HUIDONG_PROPAGANDA,
        `mutation($i: RecordCampaignEventInput!) { recordCampaignEvent(input: $i) { id } }`,
        {
          i: {
            campaignId: String(themed.id),
            title: '爱牙日义诊',
            heldAt: '2021-09-20T09:30:00+08:00',
            format: 'OTHER',
            venueType: 'COMMUNITY',
            hostId: String(ids.cultureSubCenterId),
            audienceCount: 120,
          },
        },
      );
      expect(event.errors).toBeUndefined();
      const mark = `mutation($i: MarkActivityHeldInput!) { markActivityHeld(input: $i) { status event { id } } }`;
      const markInput = { id: planned.data!.planActivity.id, eventId: event.data!.recordCampaignEvent.id };
      expect((await h.gqlAs(HUIDONG_OPERATOR, mark, { i: markInput })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await h.gqlAs(HUIDONG_PROPAGANDA, mark, { i: markInput })).data!.markActivityHeld).toEqual({
        status: 'HELD',
        event: { id: event.data!.recordCampaignEvent.id },
      });
      expect((await h.gqlAs(HUIDONG_PROPAGANDA, mark, { i: markInput })).errors?.[0]?.extensions?.code).toBe('CONFLICT');
      const listed = await h.gql(
        `query($u: ID!) { plannedActivities(filter: { calendarUnitId: $u, from: "2021-09-20", to: "2021-09-20" }) { totalCount } }`,
        {
          u: String(ids.centerId),
        },
      );
      expect(listed.data!.plannedActivities.totalCount).toBe(1);
      expect([await audits('addCalendarDay'), await audits('planActivity'), await audits('markActivityHeld')]).toEqual([1, 1, 1]);
    });
  });

  describe('sorting (排序)', () => {
    interface Page {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: { node: { id: string } }[];
    }

    /** Every id of a list, page by page through the cursors. */
    async function walk(query: string, pageOf: (data: Record<string, any>) => Page, variables: Record<string, unknown>, first: number) {
      const seen: string[] = [];
      let after: string | null = null;
      for (let round = 0; round < 200; round++) {
        const res = await h.gql(query, { ...variables, first, after });
        expect(res.errors).toBeUndefined();
        const page = pageOf(res.data!);
        expect(page.edges.length).toBeLessThanOrEqual(first);
        seen.push(...page.edges.map((edge) => edge.node.id));
        if (!page.pageInfo.hasNextPage) {
          expect(seen.length).toBe(page.totalCount);
          return seen;
        }
        after = page.pageInfo.endCursor;
      }
      throw new Error('the list never ended');
    }
    const idsOf = async (sql: string, params: unknown[] = []) => (await h.sql<{ id: string }>(sql, params)).map((row) => row.id);

    it("pages Huidong's planned activities by title DESC and by state, nothing repeated or skipped; a cursor of another order is refused", async () => {
      const query = `query($f: PlannedActivityFilter, $o: PlannedActivityOrder, $first: Int, $after: String) {
        plannedActivities(filter: $f, orderBy: $o, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`;
      const filter = { calendarUnitId: String(ids.centerId) };
      const ofCenter = `FROM campaigns.planned_activity a JOIN campaigns.calendar_day d ON d.id = a.calendar_day_id WHERE d.owner_unit_id = $1`;
      const byTitle = await walk(query, (d) => d.plannedActivities, { f: filter, o: { field: 'TITLE', direction: 'DESC' } }, 4);
      expect(byTitle).toEqual(await idsOf(`SELECT a.id::text AS id ${ofCenter} ORDER BY a.title DESC, a.id DESC`, [ids.centerId]));
      expect(byTitle.length).toBeGreaterThan(8);
      const byStatus = await walk(query, (d) => d.plannedActivities, { f: filter, o: { field: 'STATUS' } }, 5);
      expect(byStatus).toEqual(await idsOf(`SELECT a.id::text AS id ${ofCenter} ORDER BY a.status, a.id`, [ids.centerId]));
      const byDate = await h.gql(query, { f: filter, first: 3 });
      expect(byDate.data!.plannedActivities.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(
        await idsOf(`SELECT a.id::text AS id ${ofCenter} ORDER BY a.planned_on, a.id LIMIT 3`, [ids.centerId]),
      );
      const mixed = await h.gql(query, {
        f: filter,
        o: { field: 'TITLE' },
        first: 3,
        after: byDate.data!.plannedActivities.pageInfo.endCursor,
      });
      expect(mixed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('pages role models by name DESC and works by title and by year, nothing repeated or skipped', async () => {
      for (const name of ['王红梅', '李建国', '张卫东']) {
        await h.sql(`INSERT INTO campaigns.role_model (name, org_unit_id) VALUES ($1, $2)`, [name, ids.centerId]);
      }
      const models = await walk(
        `query($first: Int, $after: String) { roleModels(orderBy: { field: NAME, direction: DESC }, first: $first, after: $after) {
           totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`,
        (d) => d.roleModels,
        {},
        2,
      );
      expect(models).toEqual(await idsOf(`SELECT m.id::text AS id FROM campaigns.role_model m ORDER BY m.name DESC, m.id DESC`));
      expect(models.length).toBeGreaterThanOrEqual(4);

      const works = `query($o: WorkOrder, $first: Int, $after: String) { works(orderBy: $o, first: $first, after: $after) {
        totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`;
      expect(await walk(works, (d) => d.works, { o: { field: 'TITLE' } }, 2)).toEqual(
        await idsOf(`SELECT w.id::text AS id FROM campaigns.work w ORDER BY w.title, w.id`),
      );
      const byYear = await walk(works, (d) => d.works, { o: { field: 'YEAR', direction: 'DESC' } }, 2);
      expect(byYear).toEqual(await idsOf(`SELECT w.id::text AS id FROM campaigns.work w ORDER BY coalesce(w.year, 0) DESC, w.id DESC`));
      expect(byYear.length).toBeGreaterThanOrEqual(5);
    });

    it("pages each work's uses by kind DESC, for several works in one request", async () => {
      const [textbook] = await h.sql<{ id: number }>(`SELECT id FROM campaigns.work WHERE title = '《红色照金》'`);
      const [songCycle] = await h.sql<{ id: number }>(`SELECT id FROM campaigns.work WHERE title = '《照金》'`);
      const events = await h.sql<{ id: number }>(
        `SELECT e.id FROM campaigns.campaign_event e JOIN campaigns.campaign c ON c.id = e.campaign_id
         WHERE c.organizer_unit_id = $1 ORDER BY e.id LIMIT 4`,
        [ids.tongchuanCenterId],
      );
      for (const [i, event] of events.entries()) {
        for (const work of [textbook.id, songCycle.id]) {
          await h.sql(`INSERT INTO campaigns.work_use (work_id, event_id, kind) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [
            work,
            event.id,
            ['USED', 'DISTRIBUTED', 'PERFORMED', 'USED'][i],
          ]);
        }
      }
      const usesOf = (work: number) =>
        idsOf(`SELECT u.id::text AS id FROM campaigns.work_use u WHERE u.work_id = $1 ORDER BY u.kind DESC, u.id DESC`, [work]);
      const query = `query($a: ID!, $b: ID!, $first: Int, $after: String) {
        a: work(id: $a) { uses(orderBy: { field: KIND, direction: DESC }, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }
        b: work(id: $b) { uses(orderBy: { field: KIND, direction: DESC }, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } } }`;
      const vars = { a: String(textbook.id), b: String(songCycle.id) };
      const first = await h.gql(query, { ...vars, first: 2 });
      expect(first.errors).toBeUndefined();
      expect(first.data!.a.uses.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual((await usesOf(textbook.id)).slice(0, 2));
      expect(first.data!.b.uses.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual((await usesOf(songCycle.id)).slice(0, 2));
      for (const [alias, work] of [
        ['a', textbook.id],
        ['b', songCycle.id],
      ] as const) {
        const expected = await usesOf(work);
        expect(expected.length).toBeGreaterThanOrEqual(4);
        const seen = await walk(
          `query($id: ID!, $first: Int, $after: String) { work(id: $id) {
             uses(orderBy: { field: KIND, direction: DESC }, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } } }`,
          (d) => d.work.uses,
          { id: String(work) },
          2,
        );
        expect({ alias, seen }).toEqual({ alias, seen: expected });
      }
    });
  });
});
