import { queryTestDatabase, testRunConfiguration } from '@civic/testing';
import { callAs, type Caller } from './support/callers';
import { startTestPlatform, type TestPlatform } from './support/platform';

/**
 * Issue #21 through the gateway: the campaigns subgraph's role models, works, study visits and
 * activity calendar joined with the org subgraph's units and venues. Reads only, on the shared demo data.
 */
let platform: TestPlatform;
const ANALYST: Caller = { role: 'ANALYST', subject: 'analyst-reports' };
/** Huidong's propaganda department: may write campaigns' things, but only inside Huidong. */
const HUIDONG_PROPAGANDA: Caller = { role: 'PROPAGANDA', orgUnitCode: '513426-ZX', subject: 'huidong-propaganda' };
const sql = <T>(text: string, params: unknown[] = []) => queryTestDatabase<T>(text, params, testRunConfiguration.load().testDatabaseUrl);

beforeAll(async () => {
  platform = await startTestPlatform();
}, 240000);
afterAll(() => platform?.stop());

describe('what the reports describe, through the gateway', () => {
  it('shows the "玉米书记" at a Tongchuan unit, featured by the 照金精神 exhibition', async () => {
    const res = await callAs(
      platform.gateway.url,
      ANALYST,
      `{ roleModels(filter: { search: "玉米" }) { totalCount } jin: roleModels(filter: { search: "靳康鹏" }) { edges { node {
          name nickname unit { name ancestors { code } } honours { title level } featuredIn { name organizer { code } } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const [model] = res.data!.jin.edges.map((e: { node: Record<string, any> }) => e.node);
    expect(model.nickname).toBe('玉米书记');
    expect(
      [model.unit, ...model.unit.ancestors].some((u: { code?: string }) => u.code === '610200-ZX') || model.unit.name.includes('铜川'),
    ).toBe(true);
    expect(model.honours).toHaveLength(3);
    expect(model.featuredIn).toEqual([{ name: '庆祝建党100周年"照金精神"铜川市专题宣讲展览', organizer: { code: '610200-ZX' } }]);
  });

  it("lists Huidong's themed days with the sub-centers responsible, by name, and the events they held", async () => {
    const center = await callAs(platform.gateway.url, ANALYST, `{ orgUnitByCode(code: "513426-ZX") { id } }`);
    const res = await callAs(
      platform.gateway.url,
      ANALYST,
      `query($u: ID!) { activityCalendar(unitId: $u, year: 2021) { days { theme date responsibleUnits { name level }
         activities { status event { title host { name level } } } } } }`,
      { u: center.data!.orgUnitByCode.id },
    );
    expect(res.errors).toBeUndefined();
    const leiFeng = res.data!.activityCalendar.days.find((d: { theme: string }) => d.theme === '学雷锋纪念日');
    expect(leiFeng.date).toBe('2021-03-05');
    expect(
      leiFeng.responsibleUnits.every((u: { level: string; name: string }) => u.level === 'SUB_CENTER' && u.name.endsWith('分中心')),
    ).toBe(true);
    expect(leiFeng.activities[0]).toMatchObject({ status: 'HELD', event: { host: { level: 'SUB_CENTER' } } });
  });

  it('names the red education site of each study visit where the org data has it', async () => {
    const res = await callAs(
      platform.gateway.url,
      ANALYST,
      `{ campaignEvents(filter: { search: "研学实践" }, first: 20) { edges { node { place venue { name kind } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const visits: { place: string; venue: { name: string } | null }[] = res.data!.campaignEvents.edges.map(
      (e: { node: unknown }) => e.node,
    );
    expect(visits.length).toBeGreaterThan(0);
    for (const visit of visits) if (visit.venue) expect(visit.venue.name).toBe(visit.place);
  });

  it('finds 靳康鹏 by an honour’s title and by its year too', async () => {
    const res = await callAs(
      platform.gateway.url,
      ANALYST,
      `{ byTitle: roleModels(filter: { honourTitle: "陕西好人" }) { edges { node { name honours { title year } } } }
         byPinyin: roleModels(filter: { search: "jkp" }) { edges { node { name } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const [model] = res.data!.byTitle.edges.map(
      (e: { node: { name: string; honours: { title: string; year: number | null }[] } }) => e.node,
    );
    expect(model.name).toBe('靳康鹏');
    expect(model.honours.map((h: { title: string }) => h.title).sort()).toEqual(
      ['全国"最美公务员"', '全国优秀党务工作者', '"陕西好人"'].sort(),
    );
    const year = model.honours.find((h: { year: number | null }) => h.year !== null)!.year;
    const byYear = await callAs(
      platform.gateway.url,
      ANALYST,
      `query($y: Int) { roleModels(filter: { honourYear: $y }) { edges { node { name } } } }`,
      {
        y: year,
      },
    );
    expect(byYear.data!.roleModels.edges.map((e: { node: { name: string } }) => e.node.name)).toContain('靳康鹏');
    expect(res.data!.byPinyin.edges.map((e: { node: { name: string } }) => e.node.name)).toContain('靳康鹏');
  });

  it('holds the red textbooks, plays and the song cycle 《照金》 performed at the arts festival', async () => {
    const res = await callAs(
      platform.gateway.url,
      ANALYST,
      `{ works(first: 20, filter: { search: "照金" }) { edges { node { title kind uses { edges { node { kind campaign { name } event { heldAt } } } } } } }
         all: works(first: 50) { edges { node { title kind } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const all = res.data!.all.edges.map((e: { node: { title: string; kind: string } }) => e.node);
    expect(all).toEqual(
      expect.arrayContaining([
        { title: '《英雄模范读本》', kind: 'TEXTBOOK' },
        { title: '《红色照金》', kind: 'TEXTBOOK' },
        { title: '《红喇叭》', kind: 'PLAY' },
        { title: '《照金这片天》', kind: 'PLAY' },
        { title: '《照金》', kind: 'SONG_CYCLE' },
      ]),
    );
    type Use = { kind: string; campaign: { name: string } | null; event: { heldAt: string } | null };
    const songCycle = res
      .data!.works.edges.map((e: { node: { title: string; uses: { edges: { node: Use }[] } } }) => e.node)
      .find((w: { title: string }) => w.title === '《照金》');
    const performed: Use[] = songCycle.uses.edges.map((e: { node: Use }) => e.node).filter((u: Use) => u.kind === 'PERFORMED');
    expect(performed.some((u) => u.campaign?.name === '第四届铜川市艺术节' || u.event?.heldAt.startsWith('2021-07-08'))).toBe(true);
  });

  it('names the exhibition’s opening speaker with his position, and the online micro-lectures’ reach', async () => {
    const res = await callAs(
      platform.gateway.url,
      ANALYST,
      `{ exhibition: campaignEvents(first: 5, filter: { search: "专题宣讲展览" }) { edges { node { heldAt participants { role name position } } } }
         online: campaignEvents(first: 50, filter: { format: ONLINE }) { edges { node { title onlineReach { views participants platform } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    type Participant = { role: string; name: string; position: string | null };
    const speakers: Participant[] = res.data!.exhibition.edges.flatMap(
      (e: { node: { participants: Participant[] } }) => e.node.participants,
    );
    expect(speakers).toContainEqual(
      expect.objectContaining({ role: 'SPEAKER', name: '吴延旗', position: expect.stringContaining('宣传部部长') }),
    );
    const online = res.data!.online.edges.map((e: { node: { title: string; onlineReach: { views: number | null } | null } }) => e.node);
    const microLectures = online.filter((e: { title: string }) => e.title.includes('微讲堂'));
    expect(microLectures.length).toBeGreaterThan(0);
    expect(microLectures.every((e: { onlineReach: { views: number | null } | null }) => (e.onlineReach?.views ?? 0) > 0)).toBe(true);
  });

  it('refuses Huidong’s propaganda department every write on Tongchuan’s role models, works, events and calendar, and stores nothing', async () => {
    const [ids] = await sql<{ unit: string; model: string; work: string; event: string; campaign: string }>(
      `SELECT (SELECT id FROM org.org_unit WHERE code = '610200-ZX')::text AS unit,
              (SELECT id FROM campaigns.role_model WHERE name = '靳康鹏')::text AS model,
              (SELECT id FROM campaigns.work WHERE title = '《红色照金》')::text AS work,
              (SELECT e.id FROM campaigns.campaign_event e JOIN campaigns.campaign c ON c.id = e.campaign_id
                WHERE c.name LIKE '%专题宣讲展览' ORDER BY e.id LIMIT 1)::text AS event,
              (SELECT id FROM campaigns.campaign WHERE name LIKE '%专题宣讲展览')::text AS campaign`,
    );
    const counts = () =>
      sql(
        `SELECT (SELECT count(*) FROM campaigns.role_model) AS models, (SELECT count(*) FROM campaigns.role_model_honour) AS honours,
                (SELECT count(*) FROM campaigns.work) AS works, (SELECT count(*) FROM campaigns.work_use) AS uses,
                (SELECT count(*) FROM campaigns.event_participant) AS participants, (SELECT count(*) FROM campaigns.calendar_day) AS days`,
      );
    const before = await counts();
    const writes: [string, Record<string, unknown>][] = [
      [`mutation($input: RecordRoleModelInput!) { recordRoleModel(input: $input) { id } }`, { input: { name: '王芳', unitId: ids.unit } }],
      [
        `mutation($input: AwardHonourInput!) { awardHonour(input: $input) { id } }`,
        { input: { roleModelId: ids.model, title: '铜川好人', year: 2021, level: 'CITY' } },
      ],
      [
        `mutation($input: RecordWorkInput!) { recordWork(input: $input) { id } }`,
        { input: { kind: 'PLAY', title: '新剧目', unitId: ids.unit } },
      ],
      [
        `mutation($input: LinkWorkInput!) { linkWork(input: $input) { id } }`,
        { input: { workId: ids.work, campaignId: ids.campaign, kind: 'USED' } },
      ],
      [
        `mutation($input: AddEventParticipantInput!) { addEventParticipant(input: $input) { id } }`,
        { input: { eventId: ids.event, role: 'GUEST', name: '李华' } },
      ],
      [
        `mutation($input: AddCalendarDayInput!) { addCalendarDay(input: $input) { id } }`,
        { input: { unitId: ids.unit, month: 5, day: 4, theme: '五四青年节' } },
      ],
    ];
    for (const [mutation, variables] of writes) {
      const res = await callAs(platform.gateway.url, HUIDONG_PROPAGANDA, mutation, variables);
      expect({ mutation, code: res.errors?.[0]?.extensions?.code }).toEqual({ mutation, code: 'FORBIDDEN' });
    }
    expect(await counts()).toEqual(before);
  });
});
