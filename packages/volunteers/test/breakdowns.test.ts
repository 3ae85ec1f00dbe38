import { startSubgraphHarness, type SubgraphHarness } from '@civic/testing';
import { orgSubgraph } from '@civic/org';
import { volunteersSubgraph } from '../src';

let h: SubgraphHarness;
let centerId: string;

beforeAll(async () => {
  h = await startSubgraphHarness([orgSubgraph, volunteersSubgraph]);
  await h.sql('ANALYZE');
  const [center] = await h.sql<{ id: number }>(`SELECT id FROM org.org_unit WHERE code = '513426-ZX'`);
  centerId = String(center.id);
}, 120000);
afterAll(() => h?.stop());

type Cell = { keys: { dimension: string; key: string; label: string }[]; hours?: number; recordCount?: number; volunteerCount: number };
const onUnit = (id: string, fields: string) =>
  h.gql(`query($r: [_Any!]!) { _entities(representations: $r) { ... on OrgUnit { ${fields} } } }`, { r: [{ __typename: 'OrgUnit', id }] });
const cents = (n: number | string) => Math.round(Number(n) * 100);
/** SQL: the volunteer aliased `v` is registered in Huidong (the demo also holds Tongchuan's). */
const IN_HUIDONG = (v: string) =>
  `${v}.home_unit_id IN (SELECT u.id FROM org.org_unit u JOIN org.org_unit c ON c.code = '513426-ZX' WHERE u.path LIKE c.path || '%')`;

describe('service hours by township by month for 2021 (各乡镇月度服务时长), one request', () => {
  it('answers every township × month of 2021 in one statement, each cell equal to a recount from the records', async () => {
    const before = h.subgraphs.volunteers.database.queries.total;
    const res = await onUnit(
      centerId,
      `serviceHoursBreakdown(dimensions: [TOWNSHIP, MONTH], from: "2021-01-01", to: "2021-12-31") { keys { dimension key label } hours recordCount volunteerCount }`,
    );
    expect(res.errors).toBeUndefined();
    expect(h.subgraphs.volunteers.database.queries.since(before)).toBe(1);
    const cells: Cell[] = res.data!._entities[0].serviceHoursBreakdown;

    const townships = await h.sql<{ id: number; name: string }>(
      `SELECT t.id, t.name FROM org.org_unit t JOIN org.org_unit c ON c.id = $1 WHERE t.level = 'INSTITUTE' AND t.path LIKE c.path || '%'`,
      [Number(centerId)],
    );
    expect(cells).toHaveLength(townships.length * 12);
    expect(cells[0].keys.map((k) => k.dimension)).toEqual(['TOWNSHIP', 'MONTH']);
    const march = cells.find((c) => c.keys[1].key === '2021-03')!;
    expect(march.keys[1].label).toBe('2021年3月');
    expect(townships.map((t) => t.name)).toContain(march.keys[0].label);

    const recount = await h.sql<{ township: number; month: string; hours: string; records: number; people: number }>(
      `SELECT t.id AS township, to_char(r.started_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') AS month,
              sum(r.hours) AS hours, count(*)::int AS records, count(DISTINCT r.volunteer_id)::int AS people
       FROM volunteers.service_record r JOIN volunteers.volunteer v ON v.id = r.volunteer_id
       JOIN org.org_unit home ON home.id = v.home_unit_id
       JOIN org.org_unit t ON t.level = 'INSTITUTE' AND home.path LIKE t.path || '%'
       WHERE r.status = 'APPROVED' AND r.started_at >= '2021-01-01T00:00+08' AND r.started_at < '2022-01-01T00:00+08'
         AND ${IN_HUIDONG('v')}
       GROUP BY 1, 2`,
    );
    const expected = new Map(recount.map((row) => [`${row.township}:${row.month}`, row]));
    for (const cell of cells) {
      const row = expected.get(`${cell.keys[0].key}:${cell.keys[1].key}`);
      expect([cents(cell.hours!), cell.recordCount, cell.volunteerCount]).toEqual(
        row ? [cents(row.hours), row.records, row.people] : [0, 0, 0],
      );
    }
    expect(cells.filter((c) => c.hours! > 0)).toHaveLength(recount.length);
  });

  it('leaves out villages without figures on request, keeping those with them', async () => {
    const breakdown = (skip: boolean) =>
      onUnit(
        centerId,
        `serviceHoursBreakdown(dimensions: [VILLAGE], from: "2020-07-10", to: "2020-07-12", skipEmptyUnits: ${skip}) { keys { key } hours }`,
      );
    const all: Cell[] = (await breakdown(false)).data!._entities[0].serviceHoursBreakdown;
    const skipped: Cell[] = (await breakdown(true)).data!._entities[0].serviceHoursBreakdown;
    expect(skipped.every((c) => c.hours! > 0)).toBe(true);
    expect(skipped.map((c) => c.keys[0].key).sort()).toEqual(
      all
        .filter((c) => c.hours! > 0)
        .map((c) => c.keys[0].key)
        .sort(),
    );
    expect(all.length).toBeGreaterThan(skipped.length);
    expect(skipped.length).toBeGreaterThan(0);
    expect(cents(skipped.reduce((s, c) => s + c.hours!, 0))).toBe(cents(all.reduce((s, c) => s + c.hours!, 0)));
  });

  it('refuses a repeated dimension and a reversed period with BAD_USER_INPUT', async () => {
    const twice = await onUnit(centerId, `serviceHoursBreakdown(dimensions: [MONTH, MONTH]) { hours }`);
    expect(twice.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'dimensions' });
    const reversed = await onUnit(centerId, `serviceHoursBreakdown(dimensions: [MONTH], from: "2021-12-01", to: "2021-01-01") { hours }`);
    expect(reversed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('the ten volunteers with most hours in 2021 in one township (乡镇服务时长前十)', () => {
  it('answers in one request with topVolunteers(from, to), equal to a recount', async () => {
    const [township] = await h.sql<{ id: number }>(
      `SELECT t.id FROM org.org_unit t JOIN org.org_unit c ON c.id = $1 WHERE t.level = 'INSTITUTE' AND t.path LIKE c.path || '%' ORDER BY t.id LIMIT 1`,
      [Number(centerId)],
    );
    const res = await onUnit(
      String(township.id),
      `topVolunteers(from: "2021-01-01T00:00:00+08:00", to: "2022-01-01T00:00:00+08:00", first: 10) { rank hours volunteer { id } }`,
    );
    expect(res.errors).toBeUndefined();
    const recount = await h.sql<{ id: number; hours: string }>(
      `SELECT v.id, sum(r.hours) AS hours FROM volunteers.service_record r JOIN volunteers.volunteer v ON v.id = r.volunteer_id
       JOIN org.org_unit home ON home.id = v.home_unit_id JOIN org.org_unit t ON t.id = $1
       WHERE home.path LIKE t.path || '%' AND r.status = 'APPROVED' AND r.started_at >= '2021-01-01T00:00+08' AND r.started_at < '2022-01-01T00:00+08'
       GROUP BY v.id ORDER BY 2 DESC, 1 LIMIT 10`,
      [township.id],
    );
    const top = res.data!._entities[0].topVolunteers;
    expect(top.map((t: { hours: number; volunteer: { id: string } }) => [t.volunteer.id, cents(t.hours)])).toEqual(
      recount.map((r) => [String(r.id), cents(r.hours)]),
    );
  });
});

describe('new registrations per month by kind (各类别月度新注册), one request', () => {
  it('counts volunteers by registration month × kind, every month of the period present, equal to a recount', async () => {
    const res = await onUnit(
      centerId,
      `volunteerBreakdown(dimensions: [REGISTRATION_MONTH, KIND], from: "2020-07-01", to: "2021-12-31") { keys { dimension key label } volunteerCount }`,
    );
    expect(res.errors).toBeUndefined();
    const cells: Cell[] = res.data!._entities[0].volunteerBreakdown;
    const months = new Set(cells.map((c) => c.keys[0].key));
    expect(months.size).toBe(18);
    const fiveElders = cells.find((c) => c.keys[0].key === '2021-01' && c.keys[1].key === 'FIVE_ELDERS')!;
    expect(fiveElders.keys.map((k) => k.label)).toEqual(['2021年1月', '五老']);
    const recount = await h.sql<{ month: string; kind: string; n: number }>(
      `SELECT to_char(v.registered_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') AS month, coalesce(k.kind, 'NONE') AS kind, count(*)::int AS n
       FROM volunteers.volunteer v LEFT JOIN LATERAL unnest(v.kinds) AS k(kind) ON true
       WHERE v.deregistered_at IS NULL AND v.registered_at >= '2020-07-01T00:00+08' AND v.registered_at < '2022-01-01T00:00+08'
         AND ${IN_HUIDONG('v')}
       GROUP BY 1, 2`,
    );
    const expected = new Map(recount.map((r) => [`${r.month}:${r.kind}`, r.n]));
    for (const cell of cells) expect(cell.volunteerCount).toBe(expected.get(`${cell.keys[0].key}:${cell.keys[1].key}`) ?? 0);
    expect(cells.filter((c) => c.volunteerCount > 0)).toHaveLength(recount.length);
  });

  it('breaks volunteers down by star level and political status with Chinese labels', async () => {
    const res = await onUnit(
      centerId,
      `volunteerBreakdown(dimensions: [STAR_LEVEL, POLITICAL_STATUS]) { keys { key label } volunteerCount }`,
    );
    expect(res.errors).toBeUndefined();
    const cells: Cell[] = res.data!._entities[0].volunteerBreakdown;
    expect(cells).toHaveLength(6 * 5);
    expect(cells.find((c) => c.keys[1].key === 'CPC_MEMBER')!.keys[1].label).toBe('中共党员');
    const [{ n }] = await h.sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM volunteers.volunteer v WHERE v.deregistered_at IS NULL AND ${IN_HUIDONG('v')}`,
    );
    expect(cells.reduce((s, c) => s + c.volunteerCount, 0)).toBe(n);
  });
});

describe('statistics for a period (按时段统计)', () => {
  it('gives volunteerStats for a period: the register at its end and the hours of service begun in it', async () => {
    const res = await onUnit(centerId, `volunteerStats(from: "2021-03-01", to: "2021-03-31") { volunteerCount teamCount serviceHours }`);
    expect(res.errors).toBeUndefined();
    const [recount] = await h.sql<{ people: number; hours: string }>(
      `SELECT (SELECT count(*)::int FROM volunteers.volunteer v WHERE v.registered_at < '2021-04-01T00:00+08' AND v.deregistered_at IS NULL
                 AND ${IN_HUIDONG('v')}) AS people,
              (SELECT sum(r.hours) FROM volunteers.service_record r JOIN volunteers.volunteer v ON v.id = r.volunteer_id WHERE r.status = 'APPROVED'
                 AND r.started_at >= '2021-03-01T00:00+08' AND r.started_at < '2021-04-01T00:00+08' AND ${IN_HUIDONG('v')}) AS hours`,
    );
    expect(res.data!._entities[0].volunteerStats).toMatchObject({ volunteerCount: recount.people });
    expect(cents(res.data!._entities[0].volunteerStats.serviceHours)).toBe(cents(recount.hours));
  });

  it('gives serviceHoursByMonth for a period with every month, zeros included; year still works', async () => {
    const res = await onUnit(
      centerId,
      `byPeriod: serviceHoursByMonth(from: "2020-05-01", to: "2020-08-31") { month hours } byYear: serviceHoursByMonth(year: 2021) { month }`,
    );
    expect(res.errors).toBeUndefined();
    const { byPeriod, byYear } = res.data!._entities[0];
    expect(byPeriod.map((m: { month: string }) => m.month)).toEqual(['2020-05', '2020-06', '2020-07', '2020-08']);
    expect(byPeriod[0].hours).toBe(0);
    expect(byPeriod[2].hours).toBeGreaterThan(0);
    expect(byYear).toHaveLength(12);
    const both = await onUnit(centerId, `serviceHoursByMonth(year: 2021, from: "2021-01-01") { month }`);
    expect(both.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'year' });
  });
});
