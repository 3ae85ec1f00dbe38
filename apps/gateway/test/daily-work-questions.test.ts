import { createScratchDatabase, queryTestDatabase } from '@civic/testing';
import { graphql } from './generated';
import { callAs, type Caller } from './support/callers';
import { startTestPlatform, type TestPlatform } from './support/platform';

/**
 * Issue #19's acceptance through the gateway: the questions a county asks, each answered by one
 * request; two staff editing one volunteer at once; search by Chinese and by pinyin initials;
 * labels and China time as people read them.
 */
let platform: TestPlatform;
let databaseUrl: string;
const sql = <T>(text: string, params: unknown[] = []) => queryTestDatabase<T>(text, params, databaseUrl);

beforeAll(async () => {
  databaseUrl = await createScratchDatabase();
  platform = await startTestPlatform({ databaseUrl });
  // A database copied from the template has no planner statistics; the recounts below need them.
  await sql('ANALYZE');
}, 240000);
afterAll(() => platform?.stop());

const ADMIN: Caller = { role: 'ADMIN', subject: 'county-admin' };
const HUIDONG = '513426-ZX';

const HOURS_BY_TOWNSHIP_AND_MONTH = graphql(`
  query DailyWorkHoursByTownshipAndMonth($code: String!) {
    orgUnitByCode(code: $code) {
      serviceHoursBreakdown(dimensions: [TOWNSHIP, MONTH], from: "2021-01-01", to: "2021-12-31") {
        keys {
          dimension
          key
          label
        }
        hours
      }
    }
  }
`);

const EVENTS_BY_TOWNSHIP = graphql(`
  query DailyWorkEventsByTownship($code: String!, $campaignId: ID!) {
    orgUnitByCode(code: $code) {
      campaignEventBreakdown(dimensions: [TOWNSHIP], campaignId: $campaignId, from: "2021-07-01", to: "2021-09-30") {
        keys {
          key
          label
        }
        eventCount
        audienceTotal
      }
    }
  }
`);

const STATIONS_WITHOUT_EVENTS = graphql(`
  query DailyWorkStationsWithoutEvents($code: String!, $campaignId: ID!) {
    orgUnitByCode(code: $code) {
      unitsWithoutEvents(campaignId: $campaignId, level: STATION, from: "2021-07-01", to: "2021-09-30") {
        id
        name
      }
    }
  }
`);

const TOP_TEN_OF_TOWNSHIP = graphql(`
  query DailyWorkTopTen($code: String!) {
    orgUnitByCode(code: $code) {
      topVolunteers(first: 10, from: "2021-01-01T00:00:00+08:00", to: "2022-01-01T00:00:00+08:00") {
        rank
        hours
        volunteer {
          id
          name
        }
      }
    }
  }
`);

const REGISTRATIONS_BY_KIND = graphql(`
  query DailyWorkRegistrationsByKind($code: String!) {
    orgUnitByCode(code: $code) {
      volunteerBreakdown(dimensions: [KIND, REGISTRATION_MONTH], from: "2021-01-01", to: "2021-12-31") {
        keys {
          dimension
          key
          label
        }
        volunteerCount
      }
    }
  }
`);

const SEARCH_UNITS = graphql(`
  query DailyWorkSearchUnits($search: String!) {
    orgUnits(filter: { search: $search }, first: 10) {
      edges {
        node {
          code
          name
        }
      }
    }
  }
`);

const VOLUNTEER = graphql(`
  query DailyWorkVolunteer($id: ID!) {
    volunteer(id: $id) {
      version
      skills
      registeredAt
    }
  }
`);

const UPDATE_VOLUNTEER = graphql(`
  mutation DailyWorkUpdateVolunteer($input: UpdateVolunteerInput!) {
    updateVolunteer(input: $input) {
      version
      skills
    }
  }
`);

const LABELS = graphql(`
  query DailyWorkLabels {
    vocabulary {
      eventFormat {
        value
        label
      }
      orgLevel {
        value
        label
      }
      volunteerKind {
        value
        label
      }
    }
  }
`);

const ask = <T>(result: Promise<{ data?: T | null; errors?: unknown[] }>) =>
  result.then((res) => {
    expect(res.errors).toBeUndefined();
    return res.data!;
  });

async function lectureCampaign(): Promise<string> {
  const [{ id }] = await sql<{ id: string }>(`SELECT id::text FROM campaigns.campaign WHERE name = '会东县党史学习教育宣讲'`);
  return id;
}

describe("a county's questions, one request each", () => {
  it('service hours by township by month for 2021', async () => {
    const cells = (await ask(callAs(platform.gateway.url, ADMIN, HOURS_BY_TOWNSHIP_AND_MONTH, { code: HUIDONG }))).orgUnitByCode!
      .serviceHoursBreakdown;
    const townships = await sql<{ id: string }>(
      `SELECT t.id::text FROM org.org_unit t JOIN org.org_unit c ON t.path LIKE c.path || '%' WHERE c.code = $1 AND t.level = 'INSTITUTE'`,
      [HUIDONG],
    );
    const cellsOf = (dimension: string) => new Set(cells.map((cell) => cell.keys.find((key) => key.dimension === dimension)!.key));
    expect(cellsOf('MONTH').size).toBe(12);
    expect([...cellsOf('TOWNSHIP')].filter((key) => key !== 'NONE').sort()).toEqual(townships.map((t) => t.id).sort());
    expect(cells.find((cell) => cell.keys[1].key === '2021-03')!.keys[1].label).toBe('2021年3月');

    const [recount] = await sql<{ hours: number }>(
      `SELECT coalesce(sum(r.hours), 0)::float AS hours FROM volunteers.service_record r JOIN volunteers.volunteer v ON v.id = r.volunteer_id
        JOIN org.org_unit u ON u.id = v.home_unit_id JOIN org.org_unit t ON t.level = 'INSTITUTE' AND u.path LIKE t.path || '%'
        JOIN org.org_unit c ON t.path LIKE c.path || '%' AND c.code = $1
        WHERE r.status = 'APPROVED' AND r.started_at >= '2021-01-01T00:00:00+08:00' AND r.started_at < '2022-01-01T00:00:00+08:00'`,
      [HUIDONG],
    );
    const townshipHours = cells.filter((cell) => cell.keys[0].key !== 'NONE').reduce((sum, cell) => sum + cell.hours, 0);
    expect(townshipHours).toBeCloseTo(recount.hours, 1);
  });

  it('events and audience by township for Q3 2021 of one campaign, and the stations with no event of it', async () => {
    const campaignId = await lectureCampaign();
    const cells = (await ask(callAs(platform.gateway.url, ADMIN, EVENTS_BY_TOWNSHIP, { code: HUIDONG, campaignId }))).orgUnitByCode!
      .campaignEventBreakdown;
    const [recount] = await sql<{ events: number; audience: number }>(
      `SELECT count(*)::int AS events, coalesce(sum(audience_count), 0)::int AS audience FROM campaigns.campaign_event
        WHERE campaign_id = $1 AND voided_at IS NULL AND held_at >= '2021-07-01T00:00:00+08:00' AND held_at < '2021-10-01T00:00:00+08:00'`,
      [campaignId],
    );
    expect(cells.reduce((sum, cell) => sum + cell.eventCount, 0)).toBe(recount.events);
    expect(cells.reduce((sum, cell) => sum + cell.audienceTotal, 0)).toBe(recount.audience);
    expect(cells.every((cell) => cell.keys[0].label.length > 0)).toBe(true);

    const without = (await ask(callAs(platform.gateway.url, ADMIN, STATIONS_WITHOUT_EVENTS, { code: HUIDONG, campaignId }))).orgUnitByCode!
      .unitsWithoutEvents;
    const expected = await sql<{ id: string }>(
      `SELECT s.id::text FROM org.org_unit s JOIN org.org_unit c ON s.path LIKE c.path || '%' AND c.code = $1
        WHERE s.level = 'STATION' AND s.closed_on IS NULL AND NOT EXISTS (
          SELECT 1 FROM campaigns.campaign_event e JOIN org.org_unit h ON h.id = e.host_unit_id
           WHERE e.campaign_id = $2 AND e.voided_at IS NULL AND h.path LIKE s.path || '%'
             AND e.held_at >= '2021-07-01T00:00:00+08:00' AND e.held_at < '2021-10-01T00:00:00+08:00')`,
      [HUIDONG, campaignId],
    );
    expect(without.map((unit) => unit.id).sort()).toEqual(expected.map((unit) => unit.id).sort());
    expect(without.length).toBeGreaterThan(0);
  });

  it('the ten volunteers with most hours in 2021 in one township', async () => {
    const [township] = await sql<{ code: string; id: number }>(
      `SELECT t.code, t.id FROM org.org_unit t JOIN volunteers.volunteer v ON true JOIN org.org_unit u ON u.id = v.home_unit_id AND u.path LIKE t.path || '%'
        JOIN volunteers.service_record r ON r.volunteer_id = v.id AND r.status = 'APPROVED' AND r.started_at >= '2021-01-01T00:00:00+08:00' AND r.started_at < '2022-01-01T00:00:00+08:00'
        WHERE t.level = 'INSTITUTE' GROUP BY t.code, t.id ORDER BY count(*) DESC LIMIT 1`,
    );
    const ranking = (await ask(callAs(platform.gateway.url, ADMIN, TOP_TEN_OF_TOWNSHIP, { code: township.code }))).orgUnitByCode!
      .topVolunteers!;
    expect(ranking.length).toBeGreaterThan(0);
    expect(ranking.length).toBeLessThanOrEqual(10);
    const hours = ranking.map((entry) => entry.hours);
    expect([...hours].sort((a, b) => b - a)).toEqual(hours);
    const [best] = await sql<{ hours: number }>(
      `SELECT sum(r.hours)::float AS hours FROM volunteers.service_record r JOIN volunteers.volunteer v ON v.id = r.volunteer_id
        JOIN org.org_unit u ON u.id = v.home_unit_id JOIN org.org_unit t ON t.id = $1 AND u.path LIKE t.path || '%'
        WHERE r.status = 'APPROVED' AND r.started_at >= '2021-01-01T00:00:00+08:00' AND r.started_at < '2022-01-01T00:00:00+08:00'
        GROUP BY v.id ORDER BY 1 DESC LIMIT 1`,
      [township.id],
    );
    expect(hours[0]).toBeCloseTo(best.hours, 2);
  });

  it('new registrations per month by kind', async () => {
    const cells = (await ask(callAs(platform.gateway.url, ADMIN, REGISTRATIONS_BY_KIND, { code: HUIDONG }))).orgUnitByCode!
      .volunteerBreakdown;
    const months = new Set(cells.map((cell) => cell.keys[1].key));
    expect(months.size).toBe(12);
    expect(cells.every((cell) => cell.keys[0].dimension === 'KIND' && cell.keys[0].label !== cell.keys[0].key)).toBe(true);
    // A volunteer of several kinds counts under each; one of none under NONE (无类别).
    const total = cells.reduce((sum, cell) => sum + cell.volunteerCount, 0);
    const [recount] = await sql<{ n: number }>(
      `SELECT sum(greatest(cardinality(v.kinds), 1))::int AS n FROM volunteers.volunteer v
        JOIN org.org_unit u ON u.id = v.home_unit_id JOIN org.org_unit c ON u.path LIKE c.path || '%' AND c.code = $1
        WHERE v.deregistered_at IS NULL AND v.registered_at >= '2021-01-01T00:00:00+08:00' AND v.registered_at < '2022-01-01T00:00:00+08:00'`,
      [HUIDONG],
    );
    expect(total).toBe(recount.n);
  });
});

describe('search, edits and labels', () => {
  it('finds the Huidong center by pinyin initials and by Chinese', async () => {
    for (const search of ['hdx', '会东']) {
      const found = (await ask(callAs(platform.gateway.url, ADMIN, SEARCH_UNITS, { search }))).orgUnits.edges.map((edge) => edge.node);
      expect(found).toEqual(expect.arrayContaining([{ code: HUIDONG, name: '会东县新时代文明实践中心' }]));
    }
  });

  it('two staff editing one volunteer at once: one change lands, the other gets CONFLICT, nothing is lost', async () => {
    const read = (await ask(callAs(platform.gateway.url, ADMIN, VOLUNTEER, { id: '5' }))).volunteer!;
    expect(read.registeredAt).toMatch(/\+08:00$/);
    const edit = (skills: string[]) =>
      callAs(platform.gateway.url, ADMIN, UPDATE_VOLUNTEER, { input: { id: '5', expectedVersion: read.version, skills } });
    const results = await Promise.all([edit(['理论宣讲']), edit(['文艺演出'])]);
    const succeeded = results.filter((res) => !res.errors);
    const refused = results.filter((res) => res.errors);
    expect(succeeded).toHaveLength(1);
    expect(refused.map((res) => res.errors?.[0]?.extensions?.code)).toEqual(['CONFLICT']);
    const stored = (await ask(callAs(platform.gateway.url, ADMIN, VOLUNTEER, { id: '5' }))).volunteer!;
    expect(stored).toMatchObject({ version: read.version + 1, skills: succeeded[0].data!.updateVolunteer.skills });
  });

  it('gives the Chinese label of every enum value through the API', async () => {
    const vocabulary = (await ask(callAs(platform.gateway.url, { role: 'ANONYMOUS' }, LABELS))).vocabulary;
    expect(vocabulary.eventFormat).toEqual(expect.arrayContaining([{ value: 'FIRESIDE_CHAT', label: '火塘夜话' }]));
    expect(vocabulary.orgLevel).toEqual(expect.arrayContaining([{ value: 'INSTITUTE', label: expect.stringMatching(/[\u4e00-\u9fff]/) }]));
    expect(vocabulary.volunteerKind.every((term) => /[\u4e00-\u9fff]/.test(term.label))).toBe(true);
  });
});
