import { UNIT_TREE } from '@civic/org-tree';
import { createScratchDatabase, startSubgraphHarness, type SubgraphHarness } from '@civic/testing';
import { orgSubgraph } from '@civic/org';
import { volunteersSubgraph } from '@civic/volunteers';
import { communitySubgraph } from '../src';
import {
  ADMIN,
  ANONYMOUS,
  HUIDONG_CENTER,
  huidongInstituteAndStation,
  rowCounts,
  scoped,
  TONGCHUAN_CENTER,
  unitIdOf,
  VOLUNTEER,
} from './support/callers';

let h: SubgraphHarness;
let unit: Awaited<ReturnType<typeof huidongInstituteAndStation>>;
let householdId: string;
const operator = () => scoped('OPERATOR', unit.institute);

beforeAll(async () => {
  h = await startSubgraphHarness([orgSubgraph, volunteersSubgraph, communitySubgraph], { databaseUrl: await createScratchDatabase() });
  unit = await huidongInstituteAndStation(h);
  [{ id: householdId }] = await h.sql<{ id: string }>(
    `SELECT id::text FROM community.household WHERE org_unit_id = $1 AND cardinality(categories) > 0 ORDER BY id LIMIT 1`,
    [unit.stationId],
  );
}, 120000);
afterAll(() => h?.stop());

const RECORD_VISIT = `mutation($input: RecordVisitInput!) { recordVisit(input: $input) { id visitorKind visitorName visitedOn satisfaction household { id } } }`;
const OPEN = `mutation($input: OpenDisputeCaseInput!) { openDisputeCase(input: $input) { id state parties foundOn visit { id } } }`;
const ADVANCE = `mutation($input: AdvanceDisputeCaseInput!) { advanceDisputeCase(input: $input) {
  id state closedOn satisfaction escalatedTo { id } steps { action fromState toState takenOn handledBy escalatedTo { id } } } }`;
const ASSIST = `mutation($input: RecordAssistanceInput!) { recordAssistance(input: $input) { id kind givenOn orgUnit { id } visit { id } household { id } } }`;

const visitInput = (overrides: Record<string, unknown> = {}) => ({
  orgUnitId: unit.stationId,
  householdId,
  visitorKind: 'GRID_WORKER',
  visitorName: '罗网格',
  visitedOn: '2021-12-20',
  findings: '邻里因排水沟堵塞争执，需调解',
  satisfaction: 4,
  ...overrides,
});

async function auditActions(id: string, type: string): Promise<string[]> {
  const rows = await h.sql<{ action: string }>(
    `SELECT action FROM audit.entry WHERE entity_type = $1 AND $2 = ANY(entity_ids) ORDER BY id`,
    [type, id],
  );
  return rows.map((row) => row.action);
}

describe('a visit, the dispute found on it and the help that followed (走访、纠纷、帮扶)', () => {
  let visitId: string;
  let disputeId: string;

  it('records a visit to a registered household, audited, with the visitor’s name masked for the OPERATOR', async () => {
    const res = await h.gqlAs(operator(), RECORD_VISIT, { input: visitInput() });
    expect(res.errors).toBeUndefined();
    expect(res.data!.recordVisit).toMatchObject({
      visitorKind: 'GRID_WORKER',
      visitorName: '罗**',
      visitedOn: '2021-12-20',
      satisfaction: 4,
      household: { id: householdId },
    });
    visitId = res.data!.recordVisit.id;
    expect(await auditActions(visitId, 'Visit')).toEqual(['recordVisit']);
  });

  it('refuses a visit to a household of another unit, a volunteer link for a non-volunteer, and writes out of scope, leaving no rows', async () => {
    const before = await rowCounts(h);
    const [{ other }] = await h.sql<{ other: string }>(
      `SELECT id::text AS other FROM community.household WHERE org_unit_id <> $1 LIMIT 1`,
      [unit.stationId],
    );
    const tongchuan = await unitIdOf(h, TONGCHUAN_CENTER);
    const cases = [
      { caller: operator(), input: visitInput({ householdId: other }), code: 'BAD_USER_INPUT' },
      { caller: operator(), input: visitInput({ volunteerId: '1' }), code: 'BAD_USER_INPUT' },
      { caller: operator(), input: visitInput({ satisfaction: 6 }), code: 'BAD_USER_INPUT' },
      { caller: operator(), input: visitInput({ orgUnitId: tongchuan, householdId: null }), code: 'FORBIDDEN' },
      { caller: scoped('ANALYST', unit.institute), input: visitInput(), code: 'FORBIDDEN' },
      { caller: VOLUNTEER, input: visitInput(), code: 'FORBIDDEN' },
      { caller: ANONYMOUS, input: visitInput(), code: 'UNAUTHENTICATED' },
    ];
    for (const { caller, input, code } of cases) {
      expect((await h.gqlAs(caller, RECORD_VISIT, { input })).errors?.[0].extensions?.code).toBe(code);
    }
    expect(await rowCounts(h)).toEqual(before);
  });

  it('opens a dispute found on the visit, with the parties masked for the OPERATOR', async () => {
    const input = {
      orgUnitId: unit.stationId,
      category: 'NEIGHBOURHOOD',
      source: 'VISIT',
      visitId,
      foundOn: '2021-12-20',
      summary: '相邻两户因排水沟堵塞发生争执',
      parties: ['罗大山', '吉小梅'],
    };
    const noVisit = await h.gqlAs(operator(), OPEN, { input: { ...input, visitId: null } });
    expect(noVisit.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const early = await h.gqlAs(operator(), OPEN, { input: { ...input, foundOn: '2021-12-19' } });
    expect(early.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');

    const res = await h.gqlAs(operator(), OPEN, { input });
    expect(res.errors).toBeUndefined();
    expect(res.data!.openDisputeCase).toMatchObject({
      state: 'FOUND',
      parties: ['罗**', '吉**'],
      foundOn: '2021-12-20',
      visit: { id: visitId },
    });
    disputeId = res.data!.openDisputeCase.id;
    const visit = await h.gqlAs(ADMIN, `query($id: ID!) { visit(id: $id) { disputeCases { id parties } } }`, { id: visitId });
    expect(visit.data!.visit.disputeCases).toEqual([{ id: disputeId, parties: ['罗大山', '吉小梅'] }]);
  });

  it('moves the case FOUND → MEDIATING → RESOLVED, each step dated and audited; any other move is CONFLICT and changes nothing', async () => {
    const step = (action: string, extra: Record<string, unknown> = {}) =>
      h.gqlAs(operator(), ADVANCE, { input: { id: disputeId, action, takenOn: '2021-12-22', handledBy: '村人民调解委员会', ...extra } });

    const before = await rowCounts(h);
    expect((await step('MEDIATE', { takenOn: '2021-12-19' })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await step('MEDIATE', { satisfaction: 5 })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await step('ESCALATE')).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const outside = await h.gqlAs(scoped('ORG_ADMIN', TONGCHUAN_CENTER), ADVANCE, {
      input: { id: disputeId, action: 'MEDIATE', takenOn: '2021-12-22', handledBy: '越权' },
    });
    expect(outside.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await rowCounts(h)).toEqual(before);

    expect((await step('MEDIATE')).data!.advanceDisputeCase.state).toBe('MEDIATING');
    const again = await step('MEDIATE');
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', state: 'MEDIATING' });

    const resolved = await step('RESOLVE', { takenOn: '2021-12-24', satisfaction: 5, note: '疏通水沟，双方和解' });
    expect(resolved.errors).toBeUndefined();
    expect(resolved.data!.advanceDisputeCase).toMatchObject({
      state: 'RESOLVED',
      closedOn: '2021-12-24',
      satisfaction: 5,
      escalatedTo: null,
      steps: [
        { action: 'OPEN', fromState: null, toState: 'FOUND', takenOn: '2021-12-20', handledBy: null },
        { action: 'MEDIATE', fromState: 'FOUND', toState: 'MEDIATING', takenOn: '2021-12-22', handledBy: '村人民调解委员会' },
        { action: 'RESOLVE', fromState: 'MEDIATING', toState: 'RESOLVED', takenOn: '2021-12-24' },
      ],
    });
    const afterResolve = await rowCounts(h);
    const closed = await step('ESCALATE', { takenOn: '2021-12-25', escalatedToUnitId: unit.instituteId });
    expect(closed.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', state: 'RESOLVED' });
    expect(await rowCounts(h)).toEqual(afterResolve);
    expect(await auditActions(disputeId, 'DisputeCase')).toEqual([
      'openDisputeCase',
      'READ_PERSONAL_DATA',
      'advanceDisputeCase',
      'advanceDisputeCase',
    ]);
  });

  it('escalates another case to the township institute, naming it', async () => {
    const opened = await h.gqlAs(operator(), OPEN, {
      input: {
        orgUnitId: unit.stationId,
        category: 'LAND_FOREST',
        source: 'REPORT',
        foundOn: '2021-12-21',
        summary: '山林界址争议',
        parties: ['王甲', '李乙'],
      },
    });
    const id = opened.data!.openDisputeCase.id;
    const res = await h.gqlAs(operator(), ADVANCE, {
      input: { id, action: 'ESCALATE', takenOn: '2021-12-23', handledBy: '网格员', escalatedToUnitId: unit.instituteId },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.advanceDisputeCase).toMatchObject({
      state: 'ESCALATED',
      closedOn: '2021-12-23',
      escalatedTo: { id: unit.instituteId },
      steps: [{ action: 'OPEN' }, { action: 'ESCALATE', fromState: 'FOUND', escalatedTo: { id: unit.instituteId } }],
    });
  });

  it('records help following up the visit, counted at the household’s unit; help tied to a visit elsewhere is refused', async () => {
    const input = { householdId, kind: 'MATERIAL', givenOn: '2021-12-23', description: '送去大米和棉被', givenBy: '村文明实践站', visitId };
    const early = await h.gqlAs(operator(), ASSIST, { input: { ...input, givenOn: '2021-12-01' } });
    expect(early.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const res = await h.gqlAs(operator(), ASSIST, { input });
    expect(res.errors).toBeUndefined();
    expect(res.data!.recordAssistance).toMatchObject({
      kind: 'MATERIAL',
      givenOn: '2021-12-23',
      orgUnit: { id: unit.stationId },
      visit: { id: visitId },
      household: { id: householdId },
    });
    expect(await auditActions(res.data!.recordAssistance.id, 'Assistance')).toEqual(['recordAssistance']);
    const page = await h.gqlAs(
      ADMIN,
      `query($id: ID!) { household(id: $id) { visits(first: 1) { totalCount edges { node { id } } } assistances(first: 50) { totalCount } } }`,
      {
        id: householdId,
      },
    );
    const [counts] = await h.sql<{ visits: number; help: number }>(
      `SELECT (SELECT count(*) FROM community.visit WHERE household_id = $1)::int AS visits,
              (SELECT count(*) FROM community.assistance WHERE household_id = $1)::int AS help`,
      [householdId],
    );
    expect(page.data!.household.visits).toEqual({ totalCount: counts.visits, edges: [{ node: { id: visitId } }] });
    expect(page.data!.household.assistances.totalCount).toBe(counts.help);
  });
});

describe('OrgUnit.gridWork (网格工作统计)', () => {
  const GRID_WORK = `query($reps: [_Any!]!, $from: Date, $to: Date) { _entities(representations: $reps) { ... on OrgUnit { id gridWork(from: $from, to: $to) {
    visitCount householdsVisited householdsInDifficulty assistanceCount householdsAssisted
    disputesFound disputesWaiting disputesMediating disputesResolved disputesEscalated resolutionRate satisfaction { average ratingCount } } } } }`;

  async function recount(code: string, from: string, to: string) {
    const [row] = await h.sql(
      `WITH units AS (SELECT u.id FROM ${UNIT_TREE} u JOIN ${UNIT_TREE} top ON u.path LIKE top.path || '%' WHERE top.code = $1),
            d AS (SELECT * FROM community.dispute_case WHERE org_unit_id IN (SELECT id FROM units) AND found_on BETWEEN $2 AND $3),
            ratings AS (SELECT satisfaction FROM community.visit WHERE org_unit_id IN (SELECT id FROM units) AND visited_on BETWEEN $2 AND $3 AND satisfaction IS NOT NULL
                        UNION ALL SELECT satisfaction FROM community.dispute_case WHERE org_unit_id IN (SELECT id FROM units) AND closed_on BETWEEN $2 AND $3 AND satisfaction IS NOT NULL)
       SELECT (SELECT count(*) FROM community.visit WHERE org_unit_id IN (SELECT id FROM units) AND visited_on BETWEEN $2 AND $3)::int AS "visitCount",
              (SELECT count(DISTINCT household_id) FROM community.visit WHERE org_unit_id IN (SELECT id FROM units) AND visited_on BETWEEN $2 AND $3)::int AS "householdsVisited",
              (SELECT count(*) FROM community.household WHERE org_unit_id IN (SELECT id FROM units) AND cardinality(categories) > 0 AND registered_on <= $3)::int AS "householdsInDifficulty",
              (SELECT count(*) FROM community.assistance WHERE org_unit_id IN (SELECT id FROM units) AND given_on BETWEEN $2 AND $3)::int AS "assistanceCount",
              (SELECT count(DISTINCT household_id) FROM community.assistance WHERE org_unit_id IN (SELECT id FROM units) AND given_on BETWEEN $2 AND $3)::int AS "householdsAssisted",
              (SELECT count(*) FROM d)::int AS "disputesFound",
              (SELECT count(*) FROM d WHERE state = 'FOUND')::int AS "disputesWaiting",
              (SELECT count(*) FROM d WHERE state = 'MEDIATING')::int AS "disputesMediating",
              (SELECT count(*) FROM d WHERE state = 'RESOLVED')::int AS "disputesResolved",
              (SELECT count(*) FROM d WHERE state = 'ESCALATED')::int AS "disputesEscalated",
              (SELECT round(avg(satisfaction), 2)::float FROM ratings) AS average, (SELECT count(*) FROM ratings)::int AS "ratingCount"`,
      [code, from, to],
    );
    const { average, ratingCount, ...figures } = row;
    return {
      ...figures,
      resolutionRate: figures.disputesFound > 0 ? Math.round((figures.disputesResolved / figures.disputesFound) * 10000) / 10000 : null,
      satisfaction: { average, ratingCount },
    };
  }

  it('answers the county, an institute and a station, for 2021, as a recount of the rows does, in one statement', async () => {
    const codes = [HUIDONG_CENTER, unit.institute, unit.station];
    const ids = await Promise.all(codes.map((code) => unitIdOf(h, code)));
    const queries = h.subgraphs.community.database.queries;
    const before = queries.total;
    const res = await h.gqlAs(ADMIN, GRID_WORK, {
      reps: ids.map((id) => ({ __typename: 'OrgUnit', id })),
      from: '2021-01-01',
      to: '2021-12-31',
    });
    expect(res.errors).toBeUndefined();
    expect(queries.since(before)).toBe(1);
    for (const [i, code] of codes.entries()) {
      expect(res.data!._entities[i].gridWork).toEqual(await recount(code, '2021-01-01', '2021-12-31'));
    }
    const county = res.data!._entities[0].gridWork;
    expect(county.visitCount).toBeGreaterThan(1000);
    expect(county.disputesResolved).toBeGreaterThan(county.disputesEscalated);
    expect(county.satisfaction.average).toBeGreaterThanOrEqual(3);
  });

  it('is for staff roles: a volunteer gets FORBIDDEN on the field, without a token UNAUTHENTICATED', async () => {
    const reps = [{ __typename: 'OrgUnit', id: unit.stationId }];
    const asVolunteer = await h.gqlAs(VOLUNTEER, GRID_WORK, { reps });
    expect(asVolunteer.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(asVolunteer.data!._entities[0].gridWork).toBeNull();
    expect((await h.gqlAs(ANONYMOUS, GRID_WORK, { reps })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('ServiceRequest.originVisit (群众点单的来源走访)', () => {
  it('answers, for a demo service order, the village cadre’s visit it was taken down on', async () => {
    const [{ id, title }] = await h.sql<{ id: string; title: string }>(
      `SELECT r.id::text, r.title FROM volunteers.service_request r JOIN community.visit v ON v.service_request_id = r.id ORDER BY r.id LIMIT 1`,
    );
    const res = await h.gqlAs(
      scoped('OPERATOR', HUIDONG_CENTER),
      `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on ServiceRequest { originVisit { visitorKind findings serviceRequest { id } } } } }`,
      { reps: [{ __typename: 'ServiceRequest', id }] },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!._entities[0].originVisit).toEqual({
      visitorKind: 'VILLAGE_CADRE',
      findings: `入户走访时居民提出需求，代为点单：${title}`,
      serviceRequest: { id },
    });
  });
});
