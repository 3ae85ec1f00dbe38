import { createScratchDatabase, startSubgraphHarness, type SubgraphHarness } from '@civic/testing';
import { ANONYMOUS, type Identity } from '@civic/runtime';
import { orgSubgraph } from '@civic/org';
import { UNIT_TREE } from '@civic/org-tree';
import { volunteersSubgraph } from '../src';
import { lastAuditEntry } from './support/recount';

let h: SubgraphHarness;
let centerId: string;
let institute: { id: number; code: string };
let otherInstitute: { id: number; code: string };
let townshipTeam: number;
let member: number;

const CENTER_ADMIN: Identity = { subject: 'center-admin', role: 'ORG_ADMIN', orgUnitCode: '513426-ZX' };

beforeAll(async () => {
  h = await startSubgraphHarness([orgSubgraph, volunteersSubgraph], { databaseUrl: await createScratchDatabase() });
  const [center] = await h.sql<{ id: number }>(`SELECT id FROM ${UNIT_TREE} WHERE code = '513426-ZX'`);
  centerId = String(center.id);
  [institute, otherInstitute] = await h.sql<{ id: number; code: string }>(
    `SELECT u.id, u.code FROM ${UNIT_TREE} u WHERE u.level = 'INSTITUTE' AND u.code LIKE '513426%' ORDER BY u.id LIMIT 2`,
  );
  const [team] = await h.sql<{ id: number; member: number }>(
    `SELECT t.id, min(m.volunteer_id) AS member FROM volunteers.volunteer_team t
     JOIN volunteers.team_membership m ON m.team_id = t.id AND m.left_on IS NULL
     WHERE t.level = 'TOWNSHIP' AND t.org_unit_id = $1 GROUP BY t.id`,
    [institute.id],
  );
  townshipTeam = team.id;
  member = team.member;
}, 180000);
afterAll(() => h?.stop());

const rowCount = async (table: string) => Number((await h.sql<{ n: string }>(`SELECT count(*) AS n FROM volunteers.${table}`))[0].n);

const FIGURES = `id kind title startsOn endsOn ongoing callingUnit { id } area { id } teams { id name } volunteerCount approvedHours approvedRecordCount`;

describe('the 2021 mobilisations of the "红马甲" (demo data)', () => {
  it('lists epidemic control, forest fire prevention and flood prevention over Huidong, each with hours a recount confirms', async () => {
    const res = await h.gql(
      `query($u: ID!) { mobilisations(filter: { unitId: $u }, first: 10) { totalCount edges { node { ${FIGURES} } } } }`,
      {
        u: centerId,
      },
    );
    expect(res.errors).toBeUndefined();
    const nodes = res.data!.mobilisations.edges.map((e: { node: Record<string, unknown> }) => e.node);
    expect(nodes.map((n: { kind: string }) => n.kind)).toEqual(['FLOOD_PREVENTION', 'EPIDEMIC_CONTROL', 'FOREST_FIRE_PREVENTION']);
    for (const node of nodes) {
      expect(node.teams.length).toBeGreaterThan(1);
      expect(node.teams.every((t: { name: string }) => t.name.includes('红马甲'))).toBe(true);
      const [recount] = await h.sql<{ hours: string; records: number; people: number }>(
        `SELECT (SELECT coalesce(sum(r.hours), 0) FROM volunteers.mobilisation_service s JOIN volunteers.service_record r ON r.id = s.service_record_id
                 WHERE s.mobilisation_id = $1 AND r.status = 'APPROVED') AS hours,
                (SELECT count(*)::int FROM volunteers.mobilisation_service s JOIN volunteers.service_record r ON r.id = s.service_record_id
                 WHERE s.mobilisation_id = $1 AND r.status = 'APPROVED') AS records,
                (SELECT count(DISTINCT v)::int FROM (
                   SELECT volunteer_id AS v FROM volunteers.mobilisation_volunteer WHERE mobilisation_id = $1
                   UNION SELECT m.volunteer_id FROM volunteers.mobilisation_team mt JOIN volunteers.team_membership m ON m.team_id = mt.team_id
                   JOIN volunteers.mobilisation mo ON mo.id = mt.mobilisation_id
                   WHERE mt.mobilisation_id = $1 AND m.joined_on <= mo.ends_on) x) AS people`,
        [Number(node.id)],
      );
      expect(node.approvedHours).toBeGreaterThan(100);
      expect(Math.round(node.approvedHours * 100)).toBe(Math.round(Number(recount.hours) * 100));
      expect(node.approvedRecordCount).toBe(recount.records);
      expect(node.volunteerCount).toBe(recount.people);
      expect(node.ongoing).toBe(false);
    }
    const fire = nodes.find((n: { kind: string }) => n.kind === 'FOREST_FIRE_PREVENTION');
    expect([fire.startsOn, fire.endsOn]).toEqual(['2021-01-01', '2021-05-31']);
  });

  it('counts only service inside each period by those it called up, each record toward one mobilisation', async () => {
    const [bad] = await h.sql<{ outside: number; uncalled: number }>(
      `SELECT count(*) FILTER (WHERE (r.started_at AT TIME ZONE 'Asia/Shanghai')::date NOT BETWEEN m.starts_on AND m.ends_on)::int AS outside,
              count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM volunteers.mobilisation_volunteer mv WHERE mv.mobilisation_id = m.id AND mv.volunteer_id = r.volunteer_id)
                                 AND NOT EXISTS (SELECT 1 FROM volunteers.mobilisation_team mt JOIN volunteers.team_membership tm ON tm.team_id = mt.team_id
                                                 WHERE mt.mobilisation_id = m.id AND tm.volunteer_id = r.volunteer_id
                                                   AND tm.joined_on <= (r.started_at AT TIME ZONE 'Asia/Shanghai')::date))::int AS uncalled
       FROM volunteers.mobilisation_service s JOIN volunteers.mobilisation m ON m.id = s.mobilisation_id
       JOIN volunteers.service_record r ON r.id = s.service_record_id`,
    );
    expect(bad).toEqual({ outside: 0, uncalled: 0 });
  });

  it('filters by activeOn, period and kind, and shows on OrgUnit.mobilisations of units inside the area only', async () => {
    const list = async (filter: Record<string, unknown>) =>
      (
        await h.gql(`query($f: MobilisationFilter) { mobilisations(filter: $f, first: 10) { edges { node { kind } } } }`, { f: filter })
      ).data!.mobilisations.edges.map((e: { node: { kind: string } }) => e.node.kind);
    expect((await list({ activeOn: '2021-02-01' })).sort()).toEqual(['EPIDEMIC_CONTROL', 'FOREST_FIRE_PREVENTION']);
    expect(await list({ from: '2021-04-15', to: '2021-06-15' })).toEqual(['FLOOD_PREVENTION', 'FOREST_FIRE_PREVENTION']);
    expect(await list({ kind: 'FLOOD_PREVENTION' })).toEqual(['FLOOD_PREVENTION']);
    const reversed = await h.gql(`{ mobilisations(filter: { from: "2021-06-01", to: "2021-01-01" }) { totalCount } }`);
    expect(reversed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    const [station] = await h.sql<{ id: number }>(`SELECT id FROM ${UNIT_TREE} WHERE level = 'STATION' AND code LIKE '513426%' LIMIT 1`);
    const [tongchuan] = await h.sql<{ id: number }>(`SELECT id FROM ${UNIT_TREE} WHERE code = '610200-ZX'`);
    const before = h.subgraphs.volunteers.database.queries.total;
    const units = await h.gql(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on OrgUnit { id mobilisations(first: 5) { totalCount } } } }`,
      {
        r: [station.id, tongchuan.id].map((id) => ({ __typename: 'OrgUnit', id: String(id) })),
      },
    );
    expect(units.errors).toBeUndefined();
    expect(h.subgraphs.volunteers.database.queries.since(before)).toBe(2);
    expect(units.data!._entities.map((e: { mobilisations: { totalCount: number } }) => e.mobilisations.totalCount)).toEqual([3, 0]);
  });

  it('reads every mobilisation’s hours in one statement, and masks called-up volunteers’ phones for an analyst', async () => {
    const before = h.subgraphs.volunteers.database.queries.total;
    const res = await h.gql(`{ mobilisations(first: 10) { edges { node { approvedHours approvedRecordCount } } } }`);
    expect(res.errors).toBeUndefined();
    // the page, its total, and the hours of all three
    expect(h.subgraphs.volunteers.database.queries.since(before)).toBe(3);

    const q = `{ mobilisations(first: 1) { edges { node { volunteers(first: 3) { totalCount edges { node { phone } } } } } } }`;
    const asAnalyst = await h.gqlAs({ subject: 'a', role: 'ANALYST' }, q);
    expect(asAnalyst.errors).toBeUndefined();
    const people = asAnalyst.data!.mobilisations.edges[0].node.volunteers;
    expect(people.totalCount).toBeGreaterThan(100);
    expect(people.edges.every((e: { node: { phone: string } }) => /^\d{3}\*{4}\d{4}$/.test(e.node.phone))).toBe(true);
    const asVolunteer = await h.gqlAs({ subject: 'v', role: 'VOLUNTEER', volunteerId: '1' }, q);
    expect(asVolunteer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

const START = `mutation($i: StartMobilisationInput!) { startMobilisation(input: $i) { ${FIGURES} } }`;
const CALL_TEAMS = `mutation($i: CallUpTeamsInput!) { callUpTeams(input: $i) { id teams { id } volunteerCount } }`;
const CALL_PEOPLE = `mutation($i: CallUpVolunteersInput!) { callUpVolunteers(input: $i) { id volunteerCount } }`;
const COUNT = `mutation($i: CountServiceTowardMobilisationInput!) { countServiceTowardMobilisation(input: $i) {
  approvedHours approvedRecordCount serviceRecords(first: 5) { totalCount edges { node { id hours } } } } }`;
const END = `mutation($id: ID!, $on: Date) { endMobilisation(id: $id, endsOn: $on) { endsOn ongoing } }`;
const RECORD = `mutation($i: RecordServiceInput!) { recordService(input: $i) { id hours } }`;

describe('a mobilisation from start to end (应急动员)', () => {
  it('starts, calls up a team and a volunteer, counts their hours, ends; each step audited', async () => {
    const started = await h.gqlAs(CENTER_ADMIN, START, {
      i: {
        kind: 'OTHER',
        title: '  2026年冬季道路结冰应急志愿服务 ',
        callingUnitId: centerId,
        areaUnitIds: [String(institute.id)],
        startsOn: '2026-01-01',
      },
    });
    expect(started.errors).toBeUndefined();
    const m = started.data!.startMobilisation;
    expect(m).toMatchObject({
      title: '2026年冬季道路结冰应急志愿服务',
      ongoing: true,
      endsOn: null,
      area: [{ id: String(institute.id) }],
      teams: [],
    });
    expect(m.volunteerCount).toBe(0);
    expect(await lastAuditEntry(h, 'startMobilisation', m.id)).toMatchObject({ actor: 'center-admin' });

    const called = await h.gqlAs(CENTER_ADMIN, CALL_TEAMS, {
      i: { mobilisationId: m.id, teamIds: [String(townshipTeam)], calledUpOn: '2026-01-02' },
    });
    expect(called.errors).toBeUndefined();
    const [{ members }] = await h.sql<{ members: number }>(
      `SELECT count(*)::int AS members FROM volunteers.team_membership WHERE team_id = $1 AND left_on IS NULL`,
      [townshipTeam],
    );
    expect(called.data!.callUpTeams).toMatchObject({ teams: [{ id: String(townshipTeam) }], volunteerCount: members });
    expect(await lastAuditEntry(h, 'callUpTeams', m.id)).toBeDefined();

    const [loner] = await h.sql<{ id: number }>(
      `SELECT v.id FROM volunteers.volunteer v JOIN ${UNIT_TREE} u ON u.id = v.home_unit_id JOIN ${UNIT_TREE} i ON i.id = $1
       WHERE u.path LIKE i.path || '%' AND v.id NOT IN (SELECT volunteer_id FROM volunteers.team_membership WHERE team_id = $2) ORDER BY v.id LIMIT 1`,
      [institute.id, townshipTeam],
    );
    const person = await h.gqlAs(CENTER_ADMIN, CALL_PEOPLE, { i: { mobilisationId: m.id, volunteerIds: [String(loner.id)] } });
    expect(person.data!.callUpVolunteers.volunteerCount).toBe(members + 1);

    const recorded = await h.gql(RECORD, {
      i: {
        volunteerId: String(member),
        teamId: String(townshipTeam),
        startedAt: '2026-01-05T09:00:00+08:00',
        endedAt: '2026-01-05T12:30:00+08:00',
      },
    });
    const before = await h.gql(RECORD, {
      i: { volunteerId: String(member), startedAt: '2025-12-30T09:00:00+08:00', endedAt: '2025-12-30T10:00:00+08:00' },
    });
    const [stranger] = await h.sql<{ id: number }>(
      `SELECT v.id FROM volunteers.volunteer v WHERE v.id NOT IN (SELECT volunteer_id FROM volunteers.team_membership WHERE team_id = $1) AND v.id <> $2 ORDER BY v.id LIMIT 1`,
      [townshipTeam, loner.id],
    );
    const strangers = await h.gql(RECORD, {
      i: { volunteerId: String(stranger.id), startedAt: '2026-01-05T09:00:00+08:00', endedAt: '2026-01-05T10:00:00+08:00' },
    });
    const recordId = recorded.data!.recordService.id;

    const counted = await h.gqlAs(CENTER_ADMIN, COUNT, { i: { mobilisationId: m.id, serviceRecordIds: [recordId] } });
    expect(counted.errors).toBeUndefined();
    expect(counted.data!.countServiceTowardMobilisation).toEqual({
      approvedHours: 3.5,
      approvedRecordCount: 1,
      serviceRecords: { totalCount: 1, edges: [{ node: { id: recordId, hours: 3.5 } }] },
    });
    expect(await lastAuditEntry(h, 'countServiceTowardMobilisation', recordId)).toBeDefined();
    const again = await h.gqlAs(CENTER_ADMIN, COUNT, { i: { mobilisationId: m.id, serviceRecordIds: [recordId] } });
    expect(again.data!.countServiceTowardMobilisation.approvedRecordCount).toBe(1);

    const early = await h.gqlAs(CENTER_ADMIN, COUNT, { i: { mobilisationId: m.id, serviceRecordIds: [before.data!.recordService.id] } });
    expect(early.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringMatching(/period/) });
    const uncalled = await h.gqlAs(CENTER_ADMIN, COUNT, {
      i: { mobilisationId: m.id, serviceRecordIds: [strangers.data!.recordService.id] },
    });
    expect(uncalled.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: expect.stringMatching(/did not call up/),
    });
    const [epidemic] = await h.sql<{ record: number; fire: number }>(
      `SELECT s.service_record_id AS record, fire.id AS fire FROM volunteers.mobilisation_service s
       JOIN volunteers.mobilisation m ON m.id = s.mobilisation_id AND m.kind = 'EPIDEMIC_CONTROL'
       JOIN volunteers.service_record r ON r.id = s.service_record_id AND r.team_id IS NOT NULL
       JOIN volunteers.mobilisation fire ON fire.kind = 'FOREST_FIRE_PREVENTION' ORDER BY s.service_record_id LIMIT 1`,
    );
    const elsewhere = await h.gqlAs(CENTER_ADMIN, COUNT, {
      i: { mobilisationId: String(epidemic.fire), serviceRecordIds: [String(epidemic.record)] },
    });
    expect(elsewhere.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' }, message: expect.stringMatching(/already counts/) });
    const missing = await h.gqlAs(CENTER_ADMIN, COUNT, { i: { mobilisationId: m.id, serviceRecordIds: ['99999999'] } });
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const [outsideTeam] = await h.sql<{ id: number }>(
      `SELECT id FROM volunteers.volunteer_team WHERE level = 'TOWNSHIP' AND org_unit_id = $1`,
      [otherInstitute.id],
    );
    const outside = await h.gqlAs(CENTER_ADMIN, CALL_TEAMS, { i: { mobilisationId: m.id, teamIds: [String(outsideTeam.id)] } });
    expect(outside.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'input.teamIds' } });

    const tooEarly = await h.gqlAs(CENTER_ADMIN, END, { id: m.id, on: '2026-01-04' });
    expect(tooEarly.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'endsOn' });
    const ended = await h.gqlAs(CENTER_ADMIN, END, { id: m.id, on: '2026-01-31' });
    expect(ended.data!.endMobilisation).toEqual({ endsOn: '2026-01-31', ongoing: false });
    expect(await lastAuditEntry(h, 'endMobilisation', m.id)).toBeDefined();
    expect((await h.gqlAs(CENTER_ADMIN, END, { id: m.id })).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const late = await h.gqlAs(CENTER_ADMIN, CALL_TEAMS, { i: { mobilisationId: m.id, teamIds: [String(townshipTeam)] } });
    expect(late.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('refuses a period that ends before it starts, and an empty area', async () => {
    const base = { kind: 'FLOOD_PREVENTION', title: '防汛', callingUnitId: centerId, areaUnitIds: [centerId], startsOn: '2026-06-01' };
    const reversed = await h.gqlAs(CENTER_ADMIN, START, { i: { ...base, endsOn: '2026-05-31' } });
    expect(reversed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.endsOn' });
    const empty = await h.gqlAs(CENTER_ADMIN, START, { i: { ...base, areaUnitIds: [] } });
    expect(empty.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.areaUnitIds' });
  });

  it('refuses callers without the permission or the scope (FORBIDDEN) and leaves no rows', async () => {
    const counts = async () =>
      Promise.all(
        ['mobilisation', 'mobilisation_area', 'mobilisation_team', 'mobilisation_volunteer', 'mobilisation_service'].map(rowCount),
      );
    const [audits] = await h.sql<{ n: string }>(
      `SELECT count(*) AS n FROM audit.entry WHERE action LIKE '%obilisation%' OR action LIKE 'callUp%'`,
    );
    const rows = await counts();
    const input = { kind: 'EPIDEMIC_CONTROL', title: '越权动员', callingUnitId: centerId, areaUnitIds: [centerId], startsOn: '2026-02-01' };
    const township: Identity = { subject: 'township-admin', role: 'ORG_ADMIN', orgUnitCode: institute.code };
    const propaganda: Identity = { subject: 'propaganda', role: 'PROPAGANDA', orgUnitCode: '513426-ZX' };
    expect((await h.gqlAs(township, START, { i: input })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await h.gqlAs(propaganda, START, { i: input })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const wideArea = { ...input, callingUnitId: String(institute.id), areaUnitIds: [String(institute.id), String(otherInstitute.id)] };
    expect((await h.gqlAs(township, START, { i: wideArea })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const [seeded] = await h.sql<{ id: number }>(`SELECT id FROM volunteers.mobilisation ORDER BY id LIMIT 1`);
    const callUp = { mobilisationId: String(seeded.id), teamIds: [String(townshipTeam)] };
    expect((await h.gqlAs(township, CALL_TEAMS, { i: callUp })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await h.gqlAs(propaganda, END, { id: String(seeded.id) })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await h.gqlAs(ANONYMOUS, END, { id: String(seeded.id) })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await counts()).toEqual(rows);
    const [after] = await h.sql<{ n: string }>(
      `SELECT count(*) AS n FROM audit.entry WHERE action LIKE '%obilisation%' OR action LIKE 'callUp%'`,
    );
    expect(after.n).toBe(audits.n);
  });
});

describe('sorting mobilisations (排序)', () => {
  type Page = { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { id: string } }[] };

  /** Every id of a list, read page by page with the cursor. */
  async function pageThrough(read: (after: string | null) => Promise<Page>): Promise<{ ids: string[]; totals: number[] }> {
    const ids: string[] = [];
    const totals: number[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 50; guard++) {
      const page = await read(after);
      ids.push(...page.edges.map((edge) => edge.node.id));
      totals.push(page.totalCount);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    return { ids, totals };
  }

  const PAGE = `totalCount pageInfo { hasNextPage endCursor } edges { node { id } }`;
  const ROOT = `query($o: MobilisationOrder, $after: String, $f: MobilisationFilter) {
    mobilisations(filter: $f, orderBy: $o, first: 2, after: $after) { ${PAGE} } }`;
  const ids = async (sql: string, params: unknown[] = []) => (await h.sql<{ id: number }>(sql, params)).map((row) => String(row.id));
  /** The ids of the mobilisations whose area has a unit at, above or below the unit, in an SQL order over the alias `m`. */
  const reaching = (unitId: number, order: string) =>
    ids(
      `SELECT m.id FROM volunteers.mobilisation m WHERE EXISTS (
         SELECT 1 FROM volunteers.mobilisation_area a JOIN ${UNIT_TREE} au ON au.id = a.org_unit_id JOIN ${UNIT_TREE} unit ON unit.id = $1
         WHERE a.mobilisation_id = m.id AND (au.path LIKE unit.path || '%' OR unit.path LIKE au.path || '%'))
       ORDER BY ${order}`,
      [unitId],
    );

  beforeAll(async () => {
    // two ongoing mobilisations besides the ended ones, so "no last day yet" has something to sort
    for (const [title, area] of [
      ['2026年冬季森林防火巡护', centerId],
      ['2026年春运疫情防控志愿服务', String(institute.id)],
    ]) {
      const started = await h.gqlAs(CENTER_ADMIN, START, {
        i: { kind: 'OTHER', title, callingUnitId: centerId, areaUnitIds: [area], startsOn: '2026-11-01' },
      });
      expect(started.errors).toBeUndefined();
    }
  });

  it('sorts the whole list by title and by last day, and pages through with the cursor without duplicates or gaps', async () => {
    const byTitle = await pageThrough(async (after) => (await h.gql(ROOT, { o: { field: 'TITLE' }, after })).data!.mobilisations as Page);
    const all = await ids(`SELECT id FROM volunteers.mobilisation ORDER BY title, id`);
    expect(all.length).toBeGreaterThanOrEqual(6);
    expect(byTitle.ids).toEqual(all);
    expect(new Set(byTitle.totals)).toEqual(new Set([all.length]));

    const byLastDay = await pageThrough(
      async (after) => (await h.gql(ROOT, { o: { field: 'ENDS_ON', direction: 'DESC' }, after })).data!.mobilisations as Page,
    );
    const latestEnd = await ids(`SELECT id FROM volunteers.mobilisation ORDER BY coalesce(ends_on, 'infinity'::date) DESC, id DESC`);
    expect(byLastDay.ids).toEqual(latestEnd);
    const [{ ongoing }] = await h.sql<{ ongoing: number }>(
      `SELECT count(*)::int AS ongoing FROM volunteers.mobilisation WHERE ends_on IS NULL`,
    );
    expect(ongoing).toBeGreaterThanOrEqual(2);
    const firstOngoing = await h.gql(
      `{ mobilisations(orderBy: { field: ENDS_ON, direction: DESC }, first: ${ongoing}) { edges { node { ongoing } } } }`,
    );
    expect(firstOngoing.data!.mobilisations.edges.every((e: { node: { ongoing: boolean } }) => e.node.ongoing)).toBe(true);

    const byKind = await pageThrough(
      async (after) =>
        (await h.gql(ROOT, { o: { field: 'KIND', direction: 'DESC' }, f: { unitId: centerId }, after })).data!.mobilisations as Page,
    );
    expect(byKind.ids).toEqual(await reaching(Number(centerId), 'm.kind DESC, m.id DESC'));
  });

  it('keeps latest first day first by default, and refuses a cursor of another order', async () => {
    const byDefault = await pageThrough(async (after) => (await h.gql(ROOT, { after })).data!.mobilisations as Page);
    expect(byDefault.ids).toEqual(await ids(`SELECT id FROM volunteers.mobilisation ORDER BY starts_on DESC, id DESC`));

    const first = (await h.gql(ROOT, { o: { field: 'TITLE' } })).data!.mobilisations as Page;
    const mixed = await h.gql(ROOT, { o: { field: 'ENDS_ON' }, after: first.pageInfo.endCursor });
    expect(mixed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
  });

  it("sorts a unit's mobilisations (OrgUnit.mobilisations) by last day, ongoing last, paging one at a time", async () => {
    const [station] = await h.sql<{ id: number }>(
      `SELECT s.id FROM ${UNIT_TREE} s JOIN ${UNIT_TREE} i ON i.id = $1 WHERE s.level = 'STATION' AND s.path LIKE i.path || '%' ORDER BY s.id LIMIT 1`,
      [institute.id],
    );
    const query = `query($r: [_Any!]!, $after: String) { _entities(representations: $r) { ... on OrgUnit {
      mobilisations(orderBy: { field: ENDS_ON }, first: 1, after: $after) { ${PAGE} } } } }`;
    const read = async (unitId: number, after: string | null) => {
      const res = await h.gql(query, { r: [{ __typename: 'OrgUnit', id: String(unitId) }], after });
      expect(res.errors).toBeUndefined();
      return res.data!._entities[0].mobilisations as Page;
    };
    const reached = await pageThrough((after) => read(station.id, after));
    // the three 2021 ones over the county, the ended one over the station's institute, then the two still under way
    expect(reached.ids.length).toBeGreaterThanOrEqual(5);
    expect(new Set(reached.totals)).toEqual(new Set([reached.ids.length]));
    expect(reached.ids).toEqual(await reaching(station.id, `coalesce(m.ends_on, 'infinity'::date), m.id`));
    const [last, beforeLast] = await h.sql<{ id: number; ends_on: string | null }>(
      `SELECT id, ends_on FROM volunteers.mobilisation WHERE id = ANY($1::int[]) ORDER BY array_position($1::int[], id) DESC LIMIT 2`,
      [reached.ids.map(Number)],
    );
    expect([last.ends_on, beforeLast.ends_on]).toEqual([null, null]);
  });
});
