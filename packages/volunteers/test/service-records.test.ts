import { createScratchDatabase, startSubgraphHarness, type SubgraphHarness } from '@civic/testing';
import { orgSubgraph } from '@civic/org';
import { volunteersSubgraph } from '../src';

let h: SubgraphHarness;
let volunteerId: string;

beforeAll(async () => {
  h = await startSubgraphHarness([orgSubgraph, volunteersSubgraph], { databaseUrl: await createScratchDatabase() });
  const [row] = await h.sql<{ id: number }>(`SELECT id FROM volunteers.volunteer WHERE total_service_hours = 0 ORDER BY id LIMIT 1`);
  volunteerId = String(row.id);
}, 120000);
afterAll(() => h?.stop());

const RECORD = `mutation($i: RecordServiceInput!) { recordService(input: $i) { id hours status volunteer { id totalServiceHours starLevel } } }`;
const at = (day: number, hour: number) => new Date(Date.UTC(2025, 0, day, hour)).toISOString();
const total = async (id: string) =>
  Number((await h.sql<{ t: string }>(`SELECT total_service_hours AS t FROM volunteers.volunteer WHERE id = $1`, [Number(id)]))[0].t);

describe('recording service hours (记录服务时长)', () => {
  it('records approved hours and adds them to the total', async () => {
    const res = await h.gql(RECORD, { i: { volunteerId, startedAt: at(1, 1), endedAt: at(1, 4), description: '文明劝导' } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.recordService).toMatchObject({ hours: 3, status: 'APPROVED', volunteer: { totalServiceHours: 3 } });
  });

  it.each([
    ['an end before the start', { startedAt: at(2, 5), endedAt: at(2, 4) }, /endedAt must be after startedAt/],
    ['more than 24 hours', { startedAt: at(3, 0), endedAt: at(4, 1) }, /at most 24 hours/],
    ['an end in the future', { startedAt: at(5, 1), endedAt: new Date(Date.now() + 3_600_000).toISOString() }, /future/],
    ['an overlap with an earlier record', { startedAt: at(1, 3), endedAt: at(1, 5) }, /overlap/],
    ['a malformed volunteer id', { volunteerId: 'x', startedAt: at(6, 1), endedAt: at(6, 2) }, /volunteer/],
  ])('refuses %s with BAD_USER_INPUT naming the field, and stores nothing', async (_label, override, message) => {
    const before = await total(volunteerId);
    const res = await h.gql(RECORD, { i: { volunteerId, ...override } });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toMatch(message);
    expect(await total(volunteerId)).toBe(before);
  });

  it('keeps totals exact under 50 concurrent calls, some repeating an idempotency key', async () => {
    const [row] = await h.sql<{ id: number }>(`SELECT id FROM volunteers.volunteer WHERE total_service_hours = 0 ORDER BY id DESC LIMIT 1`);
    const id = String(row.id);
    const calls = Array.from({ length: 50 }, (_, i) => {
      const slot = i < 40 ? i : i - 40; // the last ten repeat the keys of the first ten
      return h.gql(RECORD, {
        i: { volunteerId: id, startedAt: at(10 + slot, 1), endedAt: at(10 + slot, 3), idempotencyKey: `batch-${slot}` },
      });
    });
    const results = await Promise.all(calls);
    expect(results.filter((r) => r.errors).map((r) => r.errors)).toEqual([]);
    const ids = new Set(results.map((r) => r.data!.recordService.id));
    expect(ids.size).toBe(40);
    expect(results[45].data!.recordService.id).toBe(results[5].data!.recordService.id);
    const [{ n }] = await h.sql<{ n: number }>(`SELECT count(*)::int AS n FROM volunteers.service_record WHERE volunteer_id = $1`, [
      Number(id),
    ]);
    expect(n).toBe(40);
    expect(await total(id)).toBe(80);
  });

  it('refuses an idempotency key already used for another volunteer', async () => {
    const res = await h.gql(RECORD, { i: { volunteerId, startedAt: at(20, 1), endedAt: at(20, 2), idempotencyKey: 'batch-0' } });
    expect(res.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('lets a scoped caller record hours only for volunteers of its own subtree, and stores nothing outside it', async () => {
    const [own] = await h.sql<{ id: number; institute: string; institute_id: number }>(
      `SELECT v.id, i.code AS institute, i.id AS institute_id
       FROM org.org_unit i JOIN org.org_unit s ON s.parent_id = i.id JOIN volunteers.volunteer v ON v.home_unit_id = s.id
       WHERE i.level = 'INSTITUTE' AND v.total_service_hours = 0 ORDER BY i.id, s.id, v.id LIMIT 1`,
    );
    const [other] = await h.sql<{ code: string }>(
      `SELECT code FROM org.org_unit WHERE level = 'INSTITUTE' AND id <> $1 ORDER BY id LIMIT 1`,
      [own.institute_id],
    );
    const id = String(own.id);
    const records = async () =>
      (await h.sql<{ n: number }>(`SELECT count(*)::int AS n FROM volunteers.service_record WHERE volunteer_id = $1`, [own.id]))[0].n;
    const recordsBefore = await records();
    const operator = (code: string) => ({ subject: 'operator-1', role: 'OPERATOR' as const, orgUnitCode: code });
    const outside = await h.gql(RECORD, { i: { volunteerId: id, startedAt: at(21, 1), endedAt: at(21, 3) } }, operator(other.code));
    expect(outside.errors?.[0]).toMatchObject({
      extensions: { code: 'FORBIDDEN' },
      message: expect.stringMatching(/inside its own subtree/),
    });
    expect(await total(id)).toBe(0);
    expect(await records()).toBe(recordsBefore);
    const analyst = await h.gql(
      RECORD,
      { i: { volunteerId: id, startedAt: at(21, 1), endedAt: at(21, 3) } },
      { subject: 'a', role: 'ANALYST' },
    );
    expect(analyst.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const missing = await h.gql(
      RECORD,
      { i: { volunteerId: '999999999', startedAt: at(21, 1), endedAt: at(21, 3) } },
      operator(own.institute),
    );
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const inside = await h.gql(RECORD, { i: { volunteerId: id, startedAt: at(21, 1), endedAt: at(21, 3) } }, operator(own.institute));
    expect(inside.errors).toBeUndefined();
    expect(await total(id)).toBe(2);
    expect(await records()).toBe(recordsBefore + 1);
  });

  it('reviews pending records: approval counts, rejection is kept but never counted, and each happens once', async () => {
    const [pending] = await h.sql<{ id: number; volunteer_id: number; hours: string }>(
      `SELECT id, volunteer_id, hours FROM volunteers.service_record WHERE status = 'PENDING' ORDER BY id LIMIT 2`,
    );
    const before = await total(String(pending.volunteer_id));
    const approved = await h.gql(`mutation($id: ID!) { approveServiceRecord(id: $id) { status reviewedAt } }`, { id: String(pending.id) });
    expect(approved.data!.approveServiceRecord.status).toBe('APPROVED');
    expect(await total(String(pending.volunteer_id))).toBe(before + Number(pending.hours));
    const again = await h.gql(`mutation($id: ID!) { approveServiceRecord(id: $id) { status } }`, { id: String(pending.id) });
    expect(again.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' }, message: expect.stringMatching(/is APPROVED/) });

    const [other] = await h.sql<{ id: number; volunteer_id: number }>(
      `SELECT id, volunteer_id FROM volunteers.service_record WHERE status = 'PENDING' ORDER BY id LIMIT 1`,
    );
    const totalBefore = await total(String(other.volunteer_id));
    const noReason = await h.gql(`mutation($id: ID!) { rejectServiceRecord(id: $id, reason: " ") { status } }`, { id: String(other.id) });
    expect(noReason.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const rejected = await h.gql(`mutation($id: ID!) { rejectServiceRecord(id: $id, reason: "时间填写有误") { status reviewNote } }`, {
      id: String(other.id),
    });
    expect(rejected.data!.rejectServiceRecord).toEqual({ status: 'REJECTED', reviewNote: '时间填写有误' });
    expect(await total(String(other.volunteer_id))).toBe(totalBefore);
    const [{ kept }] = await h.sql<{ kept: number }>(`SELECT count(*)::int AS kept FROM volunteers.service_record WHERE id = $1`, [
      other.id,
    ]);
    expect(kept).toBe(1);
  });

  it("lists a volunteer's records newest first, with keyset pages", async () => {
    const q = `query($id: ID!, $after: String) { volunteer(id: $id) { serviceRecords(first: 15, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { startedAt } } } } }`;
    const [row] = await h.sql<{ id: number }>(
      `SELECT volunteer_id AS id FROM volunteers.service_record GROUP BY volunteer_id HAVING count(*) > 30 LIMIT 1`,
    );
    const first = (await h.gql(q, { id: String(row.id) })).data!.volunteer.serviceRecords;
    const second = (await h.gql(q, { id: String(row.id), after: first.pageInfo.endCursor })).data!.volunteer.serviceRecords;
    const times = [...first.edges, ...second.edges].map((e: { node: { startedAt: string } }) => Date.parse(e.node.startedAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(new Set(times).size).toBe(30);
  });
});

describe('star levels', () => {
  it('follow cumulative approved hours at the national thresholds', async () => {
    const rows = await h.sql<{ id: number; t: string }>(
      `SELECT id, total_service_hours AS t FROM volunteers.volunteer ORDER BY total_service_hours DESC LIMIT 3`,
    );
    for (const row of rows) {
      const res = await h.gql(`query($id: ID!) { volunteer(id: $id) { starLevel totalServiceHours } }`, { id: String(row.id) });
      expect(res.data!.volunteer.starLevel).toBe([100, 300, 600, 1000, 1500].filter((t) => Number(row.t) >= t).length);
    }
  });
});

describe('service records of many volunteers', () => {
  type Page = {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { cursor: string; node: { id: string; status: string } }[];
  };
  type Profile = { id: string; newest: Page; approved: Page; counted: Page };
  const PAGES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Volunteer { id
    newest: serviceRecords(first: 2) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id status } } }
    approved: serviceRecords(first: 2, status: APPROVED) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id status } } }
    counted: serviceRecords(first: 0) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id status } } } } } }`;
  const storedRecords = (volunteer: string, status: string | null = null) =>
    h.sql<{ id: number }>(
      `SELECT id FROM volunteers.service_record WHERE volunteer_id = $1 AND ($2::text IS NULL OR status = $2) ORDER BY started_at DESC, id DESC`,
      [Number(volunteer), status],
    );
  const ids = (page: Page) => page.edges.map((e) => Number(e.node.id));

  it('come in the same few statements for a whole list as for one volunteer, each volunteer its own pages, newest first', async () => {
    const withRecords = await h.sql<{ id: number }>(
      `SELECT volunteer_id AS id FROM volunteers.service_record GROUP BY volunteer_id HAVING count(*) > 3 AND count(*) FILTER (WHERE status <> 'APPROVED') > 0 ORDER BY volunteer_id LIMIT 3`,
    );
    const [without] = await h.sql<{ id: number }>(
      `SELECT v.id FROM volunteers.volunteer v WHERE NOT EXISTS (SELECT 1 FROM volunteers.service_record r WHERE r.volunteer_id = v.id) ORDER BY v.id LIMIT 1`,
    );
    const volunteers = [...withRecords, without].map((r) => String(r.id));
    const profiles = async (list: string[]) => {
      const before = h.subgraphs.volunteers.database.queries.total;
      const res = await h.gql(PAGES, { r: list.map((id) => ({ __typename: 'Volunteer', id })) });
      expect(res.errors).toBeUndefined();
      return { statements: h.subgraphs.volunteers.database.queries.since(before), profiles: res.data!._entities as Profile[] };
    };

    const one = await profiles(volunteers.slice(0, 1));
    const all = await profiles(volunteers);
    expect(all.statements).toBe(one.statements);
    // The volunteers (one); per page shape, the pages with their totals (one) and their records (one, none for first: 0).
    expect(all.statements).toBe(6);

    for (const profile of all.profiles) {
      const stored = await storedRecords(profile.id);
      const approved = await storedRecords(profile.id, 'APPROVED');
      expect(ids(profile.newest)).toEqual(stored.slice(0, 2).map((r) => r.id));
      expect(profile.newest.totalCount).toBe(stored.length);
      expect(profile.newest.pageInfo).toEqual({ hasNextPage: stored.length > 2, endCursor: profile.newest.edges.at(-1)?.cursor ?? null });
      expect(ids(profile.approved)).toEqual(approved.slice(0, 2).map((r) => r.id));
      expect(profile.approved.edges.every((e) => e.node.status === 'APPROVED')).toBe(true);
      expect(profile.approved.totalCount).toBe(approved.length);
      expect(profile.counted).toEqual({
        totalCount: stored.length,
        pageInfo: { hasNextPage: stored.length > 0, endCursor: null },
        edges: [],
      });
    }
    expect(all.profiles.at(-1)!.newest).toEqual({ totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] });
  });

  it("continue after a page's end cursor, for one volunteer and for a list", async () => {
    const [busy] = await h.sql<{ id: number }>(
      `SELECT volunteer_id AS id FROM volunteers.service_record GROUP BY volunteer_id HAVING count(*) > 5 ORDER BY volunteer_id LIMIT 1`,
    );
    const volunteer = String(busy.id);
    const stored = await storedRecords(volunteer);
    const PAGE = `query($id: ID!, $after: String) { volunteer(id: $id) { serviceRecords(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id status } } } } }`;
    const first: Page = (await h.gql(PAGE, { id: volunteer })).data!.volunteer.serviceRecords;
    const second: Page = (await h.gql(PAGE, { id: volunteer, after: first.pageInfo.endCursor })).data!.volunteer.serviceRecords;
    expect(ids(second)).toEqual(stored.slice(2, 4).map((r) => r.id));
    expect(second.totalCount).toBe(stored.length);
    expect(second.pageInfo.hasNextPage).toBe(stored.length > 4);

    const FROM_CURSOR = `query($r: [_Any!]!, $after: String) { _entities(representations: $r) { ... on Volunteer { id serviceRecords(first: 2, after: $after) { totalCount edges { node { id } } } } } }`;
    const [other] = await h.sql<{ id: number }>(
      `SELECT volunteer_id AS id FROM volunteers.service_record WHERE volunteer_id <> $1 GROUP BY volunteer_id ORDER BY volunteer_id LIMIT 1`,
      [busy.id],
    );
    const listed = await h.gql(FROM_CURSOR, {
      r: [volunteer, String(other.id)].map((id) => ({ __typename: 'Volunteer', id })),
      after: first.pageInfo.endCursor,
    });
    expect(listed.errors).toBeUndefined();
    expect(listed.data!._entities[0].serviceRecords.edges.map((e: { node: { id: string } }) => Number(e.node.id))).toEqual(
      stored.slice(2, 4).map((r) => r.id),
    );
  });

  it("refuses a page size out of range or a cursor it did not give out with BAD_USER_INPUT, leaving other volunteers' pages alone", async () => {
    const [a, b] = await h.sql<{ id: number }>(
      `SELECT volunteer_id AS id FROM volunteers.service_record GROUP BY volunteer_id ORDER BY volunteer_id LIMIT 2`,
    );
    const q = `query($a: ID!, $b: ID!, $first: Int, $after: String) {
      fine: volunteer(id: $a) { serviceRecords(first: 1) { totalCount } }
      refused: volunteer(id: $b) { serviceRecords(first: $first, after: $after) { totalCount } } }`;
    for (const wrong of [{ first: 101 }, { after: 'bm9wZQ' }]) {
      const res = await h.gql(q, { a: String(a.id), b: String(b.id), ...wrong });
      expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
      expect(res.data!.refused).toBeNull();
      expect(res.data!.fine.serviceRecords.totalCount).toBeGreaterThan(0);
    }
  });
});
