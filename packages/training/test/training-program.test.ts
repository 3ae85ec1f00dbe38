import { postGraphQL, testDatabaseUrl, startSubgraphHarness, type SubgraphHarness } from '@civic/testing';
import { orgSubgraph } from '@civic/org';
import { UNIT_TREE } from '@civic/org-tree';
import { trainingSubgraph } from '../src/subgraph';
import { huidongCenterId } from './support/training-fixture';

interface ProgramNode {
  id: string;
  title: string;
  startsOn: string;
  endsOn: string;
  organizer: { id: string };
  participantCount: number;
}
interface ProgramPage {
  trainingPrograms: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { cursor: string; node: ProgramNode }[];
  };
}

const PROGRAM_FIELDS = 'id title startsOn endsOn organizer { id } participantCount';
const LIST = `query ($filter: TrainingProgramFilter, $first: Int, $after: String) {
  trainingPrograms(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { ${PROGRAM_FIELDS} } }
  }
}`;

let fixture: SubgraphHarness;
let url: string;
let centerId: string;

beforeAll(async () => {
  fixture = await startSubgraphHarness([orgSubgraph, trainingSubgraph], { databaseUrl: testDatabaseUrl() });
  url = fixture.subgraphs.training.url;
  centerId = String(await huidongCenterId(fixture));
});

afterAll(async () => {
  await fixture?.stop();
});

const list = (variables: Record<string, unknown>) => postGraphQL<ProgramPage>(url, LIST, variables);
const titles = (page: ProgramPage | undefined) => page?.trainingPrograms.edges.map((e) => e.node.title);

describe('trainingProgram(id)', () => {
  it('returns the program with its organizer key, dates and enrollment count', async () => {
    const [row] = await fixture.sql<{ id: number; title: string; starts_on: string; ends_on: string; enrolled: number }>(
      `SELECT p.id, p.title, p.starts_on::text, p.ends_on::text, (SELECT count(*)::int FROM training.enrollment e WHERE e.program_id = p.id) AS enrolled
       FROM training.training_program p WHERE p.title = '2021年会东县科技助农志愿服务专业培训'`,
    );
    const res = await postGraphQL<{ trainingProgram: ProgramNode }>(
      url,
      `query ($id: ID!) { trainingProgram(id: $id) { ${PROGRAM_FIELDS} } }`,
      {
        id: String(row.id),
      },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.trainingProgram).toEqual({
      id: String(row.id),
      title: '2021年会东县科技助农志愿服务专业培训',
      startsOn: '2021-08-10',
      endsOn: '2021-08-12',
      organizer: { id: centerId },
      participantCount: row.enrolled,
    });
    expect(row).toMatchObject({ starts_on: '2021-08-10', ends_on: '2021-08-12', enrolled: 72 });
  });

  it('returns null for an id that does not exist', async () => {
    const res = await postGraphQL<{ trainingProgram: ProgramNode | null }>(url, `{ trainingProgram(id: "999999") { id } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data?.trainingProgram).toBeNull();
  });

  it.each(['abc', '0', '-1', '1.5', '99999999999'])('rejects the malformed id %p with BAD_USER_INPUT', async (id) => {
    const res = await postGraphQL(url, `query ($id: ID!) { trainingProgram(id: $id) { id } }`, { id });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toContain('not a valid training program id');
  });
});

describe('trainingPrograms(filter)', () => {
  it("lists the center's four 2021 trainings, earliest first, with participant counts from one statement", async () => {
    const counts = await fixture.sql<{ title: string; enrolled: number }>(
      `SELECT p.title, count(e.id)::int AS enrolled FROM training.training_program p
       LEFT JOIN training.enrollment e ON e.program_id = p.id WHERE p.organizer_unit_id = $1 GROUP BY p.id ORDER BY p.starts_on, p.id`,
      [Number(centerId)],
    );
    const before = fixture.subgraphs.training.database.queries.total;
    const res = await list({ filter: { organizerId: centerId } });
    const statements = fixture.subgraphs.training.database.queries.since(before);

    expect(res.errors).toBeUndefined();
    const page = res.data?.trainingPrograms;
    expect(page?.totalCount).toBe(4);
    expect(page?.pageInfo.hasNextPage).toBe(false);
    expect(page?.edges.map((e) => [e.node.title, e.node.participantCount])).toEqual(counts.map((c) => [c.title, c.enrolled]));
    expect(page?.edges.every((e) => e.node.organizer.id === centerId)).toBe(true);
    // The page, its total, and every participant count at once.
    expect(statements).toBe(3);
  });

  it('finds nothing for a unit that organised no training', async () => {
    const [station] = await fixture.sql<{ id: number }>(`SELECT id FROM ${UNIT_TREE} WHERE level = 'STATION' ORDER BY id LIMIT 1`);
    const res = await list({ filter: { organizerId: String(station.id) } });
    expect(res.errors).toBeUndefined();
    expect(res.data?.trainingPrograms).toMatchObject({ totalCount: 0, edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
  });

  it('keeps the programs that overlap the date window, bounds included', async () => {
    const window = await list({ filter: { organizerId: centerId, from: '2021-03-24', to: '2021-08-10' } });
    expect(window.errors).toBeUndefined();
    expect(titles(window.data)).toEqual([
      '2021年会东县卫生健康志愿服务专业培训',
      '2021年会东县教育志愿服务专业培训',
      '2021年会东县科技助农志愿服务专业培训',
    ]);

    const fromOnly = await list({ filter: { organizerId: centerId, from: '2021-08-12' } });
    expect(titles(fromOnly.data)).toEqual(['2021年会东县科技助农志愿服务专业培训', '2021年会东县文化文艺志愿服务专业培训']);

    const toOnly = await list({ filter: { organizerId: centerId, to: '2021-03-23' } });
    expect(titles(toOnly.data)).toEqual(['2021年会东县卫生健康志愿服务专业培训']);

    const between = await list({ filter: { organizerId: centerId, from: '2021-06-01', to: '2021-07-31' } });
    expect(between.data?.trainingPrograms.totalCount).toBe(0);
  });

  it('pages with first/after, totalCount and hasNextPage', async () => {
    const first = await list({ filter: { organizerId: centerId }, first: 3 });
    expect(first.errors).toBeUndefined();
    expect(first.data?.trainingPrograms.totalCount).toBe(4);
    expect(first.data?.trainingPrograms.edges).toHaveLength(3);
    expect(first.data?.trainingPrograms.pageInfo.hasNextPage).toBe(true);

    const second = await list({ filter: { organizerId: centerId }, first: 3, after: first.data?.trainingPrograms.pageInfo.endCursor });
    expect(second.errors).toBeUndefined();
    expect(second.data?.trainingPrograms.totalCount).toBe(4);
    expect(second.data?.trainingPrograms.pageInfo.hasNextPage).toBe(false);

    const all = await list({ filter: { organizerId: centerId } });
    expect([...(titles(first.data) ?? []), ...(titles(second.data) ?? [])]).toEqual(titles(all.data));
  });

  it('rejects a window whose from is after its to with BAD_USER_INPUT', async () => {
    const res = await list({ filter: { from: '2021-09-01', to: '2021-08-31' } });
    expect(res.data).toBeNull();
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toContain('must not be after');
  });

  it('rejects a malformed organizer id, a non-date and a foreign cursor with BAD_USER_INPUT', async () => {
    for (const variables of [
      { filter: { organizerId: 'center' } },
      { filter: { from: '2021-02-30' } },
      { after: 'not-a-cursor' },
      { first: 101 },
    ]) {
      const res = await list(variables);
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});
