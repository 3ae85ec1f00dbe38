import { UNIT_TREE } from '@civic/org-tree';
import { createScratchDatabase, startSubgraphHarness, type SubgraphHarness } from '@civic/testing';
import { orgSubgraph } from '@civic/org';
import { assessmentSubgraph } from '../src';
import {
  ANALYST,
  ANONYMOUS,
  auditActions,
  HUIDONG_CENTER,
  huidongInstituteAndStation,
  huidongSchemeId,
  rowCounts,
  scoped,
  TONGCHUAN_CENTER,
  unitIdOf,
  VOLUNTEER,
} from './support/callers';

let h: SubgraphHarness;
let schemeId: string;
const propaganda = () => scoped('PROPAGANDA', HUIDONG_CENTER);

beforeAll(async () => {
  h = await startSubgraphHarness([orgSubgraph, assessmentSubgraph], { databaseUrl: await createScratchDatabase() });
  schemeId = await huidongSchemeId(h);
}, 120000);
afterAll(() => h?.stop());

const RECORD = `mutation($input: RecordRecognitionInput!) { recordRecognition(input: $input) {
  id subjectKind title rankAtTime scoreAtTime recognizedOn scheme { id } unit { id } team { id } volunteer { id } } }`;
const recognition = (overrides: Record<string, unknown>) => ({
  schemeId,
  subjectKind: 'UNIT',
  title: '先进新时代文明实践所',
  reason: '考核成绩突出',
  recognizedOn: '2022-01-25',
  ...overrides,
});

async function rankingOf(id: string): Promise<{ rank: number; totalScore: number; unit: { id: string } }[]> {
  const res = await h.gqlAs(ANALYST, `query($id: ID!) { assessmentScheme(id: $id) { ranking { rank totalScore unit { id } } } }`, { id });
  return res.data!.assessmentScheme.ranking;
}

/** A team and a volunteer of Huidong, and a volunteer of another county. */
async function subjects(): Promise<{ team: string; volunteer: string; stranger: string }> {
  const [row] = await h.sql<{ team: string; volunteer: string; stranger: string }>(
    `SELECT (SELECT t.id::text FROM volunteers.volunteer_team t JOIN ${UNIT_TREE} u ON u.id = t.org_unit_id
             WHERE u.path LIKE (SELECT path FROM ${UNIT_TREE} WHERE code = $1) || '%' ORDER BY t.id DESC LIMIT 1) AS team,
            (SELECT v.id::text FROM volunteers.volunteer v JOIN ${UNIT_TREE} u ON u.id = v.home_unit_id
             WHERE u.path LIKE (SELECT path FROM ${UNIT_TREE} WHERE code = $1) || '%' ORDER BY v.id DESC LIMIT 1) AS volunteer,
            (SELECT v.id::text FROM volunteers.volunteer v JOIN ${UNIT_TREE} u ON u.id = v.home_unit_id
             WHERE u.path LIKE (SELECT path FROM ${UNIT_TREE} WHERE code = $2) || '%' ORDER BY v.id LIMIT 1) AS stranger`,
    [HUIDONG_CENTER, TONGCHUAN_CENTER],
  );
  return row;
}

describe('recognitions of the 2021 scheme (评优表彰)', () => {
  it('recognises only a unit the scheme ranks, keeping its rank and score of the moment', async () => {
    const ranking = await rankingOf(schemeId);
    const fourth = ranking[3];
    const { stationId } = await huidongInstituteAndStation(h);
    const before = await rowCounts(h);
    for (const subjectId of [stationId, await unitIdOf(h, TONGCHUAN_CENTER), await unitIdOf(h, HUIDONG_CENTER)]) {
      const res = await h.gqlAs(propaganda(), RECORD, { input: recognition({ subjectId }) });
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.subjectId' });
    }
    expect(await rowCounts(h)).toEqual(before);

    const res = await h.gqlAs(propaganda(), RECORD, { input: recognition({ subjectId: fourth.unit.id }) });
    expect(res.errors).toBeUndefined();
    expect(res.data!.recordRecognition).toMatchObject({
      subjectKind: 'UNIT',
      rankAtTime: fourth.rank,
      scoreAtTime: fourth.totalScore,
      scheme: { id: schemeId },
      unit: { id: fourth.unit.id },
      team: null,
      volunteer: null,
    });
    expect(await auditActions(h, 'Recognition', res.data!.recordRecognition.id)).toEqual(['recordRecognition']);
    const again = await h.gqlAs(propaganda(), RECORD, { input: recognition({ subjectId: fourth.unit.id, reason: '再次' }) });
    expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');

    const onUnit = await h.gqlAs(
      ANALYST,
      `query($id: ID!) { _entities(representations: [{ __typename: "OrgUnit", id: $id }]) { ... on OrgUnit { recognitions { title rankAtTime } } } }`,
      { id: fourth.unit.id },
    );
    expect(onUnit.data!._entities[0].recognitions).toEqual([{ title: '先进新时代文明实践所', rankAtTime: fourth.rank }]);
  });

  it("recognises a team and a volunteer of the owner's subtree, shown on the volunteer and the team; one from elsewhere is refused", async () => {
    const { team, volunteer, stranger } = await subjects();
    const before = await rowCounts(h);
    const elsewhere = await h.gqlAs(propaganda(), RECORD, {
      input: recognition({ subjectKind: 'VOLUNTEER', subjectId: stranger, title: '优秀志愿者' }),
    });
    expect(elsewhere.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.subjectId' });
    const missing = await h.gqlAs(propaganda(), RECORD, {
      input: recognition({ subjectKind: 'TEAM', subjectId: '999999', title: '优秀志愿服务队' }),
    });
    expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(await rowCounts(h)).toEqual(before);

    const forTeam = await h.gqlAs(propaganda(), RECORD, {
      input: recognition({ subjectKind: 'TEAM', subjectId: team, title: '优秀志愿服务队' }),
    });
    expect(forTeam.data!.recordRecognition).toMatchObject({ team: { id: team }, unit: null, rankAtTime: null, scoreAtTime: null });
    const forVolunteer = await h.gqlAs(propaganda(), RECORD, {
      input: recognition({ subjectKind: 'VOLUNTEER', subjectId: volunteer, title: '优秀志愿者' }),
    });
    expect(forVolunteer.data!.recordRecognition).toMatchObject({ volunteer: { id: volunteer } });

    const entities = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Volunteer { recognitions { title } } ... on VolunteerTeam { recognitions { title } } } }`;
    const read = await h.gqlAs(ANALYST, entities, {
      r: [
        { __typename: 'Volunteer', id: volunteer },
        { __typename: 'VolunteerTeam', id: team },
      ],
    });
    expect(read.data!._entities).toEqual([{ recognitions: [{ title: '优秀志愿者' }] }, { recognitions: [{ title: '优秀志愿服务队' }] }]);
    const own = await h.gqlAs({ subject: 'v-own', role: 'VOLUNTEER', volunteerId: volunteer }, entities, {
      r: [{ __typename: 'Volunteer', id: volunteer }],
    });
    expect(own.data!._entities).toEqual([{ recognitions: [{ title: '优秀志愿者' }] }]);
    const ranking = await h.gqlAs(
      { subject: 'v-own', role: 'VOLUNTEER', volunteerId: volunteer },
      entities.replace('{ title }', '{ title scheme { ranking { rank } } }'),
      {
        r: [{ __typename: 'Volunteer', id: volunteer }],
      },
    );
    expect(ranking.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const other = await h.gqlAs(VOLUNTEER, entities, { r: [{ __typename: 'Volunteer', id: volunteer }] });
    expect(other.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('is refused to roles without recognition:write or outside the owner’s subtree, and for a scheme still a draft', async () => {
    const { unit } = (await rankingOf(schemeId))[5];
    const input = recognition({ subjectId: unit.id, title: '文明实践工作先进单位' });
    const before = await rowCounts(h);
    const cases = [
      { caller: scoped('OPERATOR', HUIDONG_CENTER), code: 'FORBIDDEN' },
      { caller: scoped('PROPAGANDA', '513426101000-SJS'), code: 'FORBIDDEN' },
      { caller: scoped('PROPAGANDA', TONGCHUAN_CENTER), code: 'FORBIDDEN' },
      { caller: ANALYST, code: 'FORBIDDEN' },
      { caller: VOLUNTEER, code: 'FORBIDDEN' },
      { caller: ANONYMOUS, code: 'UNAUTHENTICATED' },
    ];
    for (const { caller, code } of cases) {
      expect((await h.gqlAs(caller, RECORD, { input })).errors?.[0].extensions?.code).toBe(code);
    }
    const future = await h.gqlAs(propaganda(), RECORD, { input: { ...input, recognizedOn: '2999-01-01' } });
    expect(future.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.recognizedOn' });
    const beforePeriod = await h.gqlAs(propaganda(), RECORD, { input: { ...input, recognizedOn: '2020-12-31' } });
    expect(beforePeriod.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.recognizedOn' });
    expect(await rowCounts(h)).toEqual(before);

    const admin = scoped('ORG_ADMIN', HUIDONG_CENTER);
    const created = await h.gqlAs(
      admin,
      `mutation($input: CreateAssessmentSchemeInput!) { createAssessmentScheme(input: $input) { id } }`,
      {
        input: {
          ownerUnitId: await unitIdOf(h, HUIDONG_CENTER),
          name: '草拟中的方案',
          from: '2022-01-01',
          to: '2022-12-31',
          rankedLevel: 'INSTITUTE',
        },
      },
    );
    const draft = await h.gqlAs(propaganda(), RECORD, {
      input: { ...input, schemeId: created.data!.createAssessmentScheme.id, recognizedOn: '2022-02-01' },
    });
    expect(draft.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', state: 'DRAFT' });
  });

  it("lists the scheme's recognitions: units first, then teams, then volunteers", async () => {
    const res = await h.gqlAs(
      ANALYST,
      `query($id: ID!) { assessmentScheme(id: $id) { recognitions(first: 100) { totalCount edges { node { subjectKind rankAtTime } } } } }`,
      { id: schemeId },
    );
    const nodes: { subjectKind: string; rankAtTime: number | null }[] = res.data!.assessmentScheme.recognitions.edges.map(
      (edge: { node: unknown }) => edge.node,
    );
    const kinds = nodes.map((node) => node.subjectKind);
    expect(kinds).toEqual([...kinds].sort((a, b) => ['UNIT', 'TEAM', 'VOLUNTEER'].indexOf(a) - ['UNIT', 'TEAM', 'VOLUNTEER'].indexOf(b)));
    expect(nodes.filter((node) => node.subjectKind === 'UNIT').map((node) => node.rankAtTime)).toEqual([1, 2, 3, 4]);
    expect(res.data!.assessmentScheme.recognitions.totalCount).toBe(nodes.length);
  });
});
