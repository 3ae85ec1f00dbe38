import { createScratchDatabase, startSubgraphHarness, type SubgraphHarness } from '@civic/testing';
import { orgSubgraph } from '@civic/org';
import { assessmentSubgraph } from '../src';
import {
  ANONYMOUS,
  auditActions,
  HUIDONG_CENTER,
  huidongInstituteAndStation,
  rowCounts,
  scoped,
  TONGCHUAN_CENTER,
  unitIdOf,
  VOLUNTEER,
} from './support/callers';

let h: SubgraphHarness;
let centerId: string;
let instituteId: string;
const admin = () => scoped('ORG_ADMIN', HUIDONG_CENTER);

beforeAll(async () => {
  h = await startSubgraphHarness([orgSubgraph, assessmentSubgraph], { databaseUrl: await createScratchDatabase() });
  centerId = await unitIdOf(h, HUIDONG_CENTER);
  ({ instituteId } = await huidongInstituteAndStation(h));
}, 120000);
afterAll(() => h?.stop());

const SCHEME = `id name state version from to rankedLevel weightTotal publishedAt closedAt indicators { id kind target weight version }`;
const CREATE = `mutation($input: CreateAssessmentSchemeInput!) { createAssessmentScheme(input: $input) { ${SCHEME} } }`;
const UPDATE = `mutation($input: UpdateAssessmentSchemeInput!) { updateAssessmentScheme(input: $input) { ${SCHEME} } }`;
const PUBLISH = `mutation($input: AssessmentSchemeStateInput!) { publishAssessmentScheme(input: $input) { ${SCHEME} } }`;
const CLOSE = `mutation($input: AssessmentSchemeStateInput!) { closeAssessmentScheme(input: $input) { ${SCHEME} } }`;
const ADD = `mutation($input: AddAssessmentIndicatorInput!) { addAssessmentIndicator(input: $input) { id kind target weight version formula } }`;
const CHANGE = `mutation($input: UpdateAssessmentIndicatorInput!) { updateAssessmentIndicator(input: $input) { id target weight version } }`;
const REMOVE = `mutation($input: RemoveAssessmentIndicatorInput!) { removeAssessmentIndicator(input: $input) { ${SCHEME} } }`;

const draft = (overrides: Record<string, unknown> = {}) => ({
  ownerUnitId: centerId,
  name: '会东县2022年度新时代文明实践工作考核',
  from: '2022-01-01',
  to: '2022-12-31',
  rankedLevel: 'INSTITUTE',
  ...overrides,
});

const codeOf = (res: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => res.errors?.[0].extensions?.code;

describe('a scheme from draft to closed (考核方案)', () => {
  let scheme: { id: string; version: number };
  let indicatorId: string;

  it('refuses a scheme from a caller without the permission or the scope, or one that does not make sense, leaving no rows', async () => {
    const before = await rowCounts(h);
    const tongchuan = await unitIdOf(h, TONGCHUAN_CENTER);
    const cases = [
      { caller: scoped('OPERATOR', HUIDONG_CENTER), input: draft(), code: 'FORBIDDEN' },
      { caller: scoped('PROPAGANDA', HUIDONG_CENTER), input: draft(), code: 'FORBIDDEN' },
      { caller: admin(), input: draft({ ownerUnitId: tongchuan }), code: 'FORBIDDEN' },
      { caller: scoped('ORG_ADMIN', '513426101000-SJS'), input: draft(), code: 'FORBIDDEN' },
      { caller: VOLUNTEER, input: draft(), code: 'FORBIDDEN' },
      { caller: ANONYMOUS, input: draft(), code: 'UNAUTHENTICATED' },
      { caller: admin(), input: draft({ ownerUnitId: '999999' }), code: 'NOT_FOUND' },
      { caller: admin(), input: draft({ to: '2021-12-31' }), code: 'BAD_USER_INPUT', argument: 'input.to' },
      { caller: admin(), input: draft({ to: '2027-12-31' }), code: 'BAD_USER_INPUT', argument: 'input.to' },
      { caller: admin(), input: draft({ name: '  ' }), code: 'BAD_USER_INPUT', argument: 'input.name' },
      { caller: admin(), input: draft({ ownerUnitId: instituteId }), code: 'BAD_USER_INPUT', argument: 'input.rankedLevel' },
    ];
    for (const { caller, input, code, argument } of cases) {
      const res = await h.gqlAs(caller, CREATE, { input });
      expect({ input, code: codeOf(res) }).toEqual({ input, code });
      if (argument) expect(res.errors?.[0].extensions?.argument).toBe(argument);
    }
    expect(await rowCounts(h)).toEqual(before);
  });

  it('creates a DRAFT for the county center, audited', async () => {
    const res = await h.gqlAs(admin(), CREATE, { input: draft() });
    expect(res.errors).toBeUndefined();
    expect(res.data!.createAssessmentScheme).toMatchObject({
      state: 'DRAFT',
      version: 1,
      from: '2022-01-01',
      to: '2022-12-31',
      rankedLevel: 'INSTITUTE',
      weightTotal: 0,
      publishedAt: null,
      indicators: [],
    });
    scheme = res.data!.createAssessmentScheme;
    expect(await auditActions(h, 'AssessmentScheme', scheme.id)).toEqual(['createAssessmentScheme']);
  });

  it('will not publish a scheme without indicators', async () => {
    const res = await h.gqlAs(admin(), PUBLISH, { input: { id: scheme.id, expectedVersion: scheme.version } });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', state: 'DRAFT' });
  });

  it('adds indicators with targets that make sense, once per kind, and shows their weights’ sum', async () => {
    const add = (input: Record<string, unknown>, caller = admin()) =>
      h.gqlAs(caller, ADD, { input: { schemeId: scheme.id, kind: 'HOURS_PER_VOLUNTEER', target: 2, weight: 60, ...input } });
    const before = await rowCounts(h);
    const refused = [
      { res: await add({ target: 0 }), code: 'BAD_USER_INPUT', argument: 'input.target' },
      { res: await add({ target: -1 }), code: 'BAD_USER_INPUT', argument: 'input.target' },
      { res: await add({ kind: 'ACTIVE_STATION_SHARE', target: 1.5 }), code: 'BAD_USER_INPUT', argument: 'input.target' },
      { res: await add({ kind: 'ORDER_RATING', target: 6 }), code: 'BAD_USER_INPUT', argument: 'input.target' },
      { res: await add({ weight: 0 }), code: 'BAD_USER_INPUT', argument: 'input.weight' },
      { res: await add({ weight: 1001 }), code: 'BAD_USER_INPUT', argument: 'input.weight' },
      { res: await add({}, scoped('ORG_ADMIN', TONGCHUAN_CENTER)), code: 'FORBIDDEN' },
      { res: await add({}, scoped('OPERATOR', HUIDONG_CENTER)), code: 'FORBIDDEN' },
      { res: await add({ schemeId: '424242' }), code: 'NOT_FOUND' },
    ];
    for (const { res, code, argument } of refused) {
      expect(codeOf(res)).toBe(code);
      if (argument) expect(res.errors?.[0].extensions?.argument).toBe(argument);
    }
    expect(await rowCounts(h)).toEqual(before);

    const hours = await add({});
    expect(hours.errors).toBeUndefined();
    expect(hours.data!.addAssessmentIndicator).toMatchObject({ kind: 'HOURS_PER_VOLUNTEER', target: 2, weight: 60, version: 1 });
    expect(hours.data!.addAssessmentIndicator.formula).toContain('÷');
    indicatorId = hours.data!.addAssessmentIndicator.id;
    expect(codeOf(await add({ weight: 10 }))).toBe('CONFLICT');
    expect((await add({ kind: 'ORDER_RATING', target: 4.5, weight: 15.5 })).errors).toBeUndefined();
    const read = await h.gqlAs(
      scoped('ANALYST', HUIDONG_CENTER),
      `query($id: ID!) { assessmentScheme(id: $id) { weightTotal indicators { kind } } }`,
      {
        id: scheme.id,
      },
    );
    expect(read.data!.assessmentScheme).toEqual({
      weightTotal: 75.5,
      indicators: [{ kind: 'HOURS_PER_VOLUNTEER' }, { kind: 'ORDER_RATING' }],
    });
  });

  it('publishes it; from then on its period and tier stay, a stale copy is CONFLICT, and its name may still change', async () => {
    const stale = await h.gqlAs(admin(), PUBLISH, { input: { id: scheme.id, expectedVersion: scheme.version + 1 } });
    expect(codeOf(stale)).toBe('CONFLICT');
    const published = await h.gqlAs(admin(), PUBLISH, { input: { id: scheme.id, expectedVersion: scheme.version } });
    expect(published.errors).toBeUndefined();
    expect(published.data!.publishAssessmentScheme).toMatchObject({ state: 'PUBLISHED', version: 2 });
    expect(published.data!.publishAssessmentScheme.publishedAt).not.toBeNull();
    expect(codeOf(await h.gqlAs(admin(), PUBLISH, { input: { id: scheme.id, expectedVersion: 2 } }))).toBe('CONFLICT');

    const reshaped = await h.gqlAs(admin(), UPDATE, { input: { id: scheme.id, expectedVersion: 2, to: '2022-06-30' } });
    expect(reshaped.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', state: 'PUBLISHED' });
    const renamed = await h.gqlAs(admin(), UPDATE, { input: { id: scheme.id, expectedVersion: 2, name: '会东县2022年度文明实践考核' } });
    expect(renamed.data!.updateAssessmentScheme).toMatchObject({ name: '会东县2022年度文明实践考核', version: 3, to: '2022-12-31' });
    scheme = renamed.data!.updateAssessmentScheme;
  });

  it('adjusts a weight as read, and keeps at least one indicator in a published scheme', async () => {
    const changed = await h.gqlAs(admin(), CHANGE, { input: { id: indicatorId, expectedVersion: 1, weight: 50, target: 1.8 } });
    expect(changed.data!.updateAssessmentIndicator).toEqual({ id: indicatorId, target: 1.8, weight: 50, version: 2 });
    const [rating] = await h.sql<{ id: string }>(
      `SELECT id::text FROM assessment.indicator WHERE scheme_id = $1 AND kind = 'ORDER_RATING'`,
      [scheme.id],
    );
    const removed = await h.gqlAs(admin(), REMOVE, { input: { id: rating.id, expectedVersion: 1 } });
    expect(removed.data!.removeAssessmentIndicator.indicators).toEqual([
      { id: indicatorId, kind: 'HOURS_PER_VOLUNTEER', target: 1.8, weight: 50, version: 2 },
    ]);
    expect(codeOf(await h.gqlAs(admin(), REMOVE, { input: { id: indicatorId, expectedVersion: 2 } }))).toBe('CONFLICT');
    expect(await auditActions(h, 'AssessmentIndicator', rating.id)).toEqual(['addAssessmentIndicator', 'removeAssessmentIndicator']);
  });

  it('closes it, after which nothing of it changes', async () => {
    const closed = await h.gqlAs(admin(), CLOSE, { input: { id: scheme.id, expectedVersion: scheme.version } });
    expect(closed.data!.closeAssessmentScheme).toMatchObject({ state: 'CLOSED', version: scheme.version + 1 });
    const before = await rowCounts(h);
    const attempts = [
      await h.gqlAs(admin(), UPDATE, { input: { id: scheme.id, expectedVersion: scheme.version + 1, name: '改名' } }),
      await h.gqlAs(admin(), CLOSE, { input: { id: scheme.id, expectedVersion: scheme.version + 1 } }),
      await h.gqlAs(admin(), ADD, { input: { schemeId: scheme.id, kind: 'ORDER_RATING', target: 4, weight: 5 } }),
      await h.gqlAs(admin(), CHANGE, { input: { id: indicatorId, expectedVersion: 2, weight: 10 } }),
    ];
    expect(attempts.map(codeOf)).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT']);
    expect(await rowCounts(h)).toEqual(before);
    expect(await auditActions(h, 'AssessmentScheme', scheme.id)).toEqual([
      'createAssessmentScheme',
      'publishAssessmentScheme',
      'updateAssessmentScheme',
      'closeAssessmentScheme',
    ]);
  });

  it("lists the center's schemes, latest period first, and sorts them by name when asked", async () => {
    const query = `query($unit: ID!, $order: AssessmentSchemeOrder) { assessmentSchemes(ownerUnitId: $unit, orderBy: $order) { totalCount edges { node { name from } } } }`;
    const latest = await h.gqlAs(scoped('OPERATOR', '513426101000-SJS'), query, { unit: centerId });
    expect(latest.data!.assessmentSchemes.edges.map((edge: { node: { from: string } }) => edge.node.from)).toEqual([
      '2022-01-01',
      '2021-01-01',
    ]);
    const byName = await h.gqlAs(admin(), query, { unit: centerId, order: { field: 'NAME', direction: 'DESC' } });
    const names = byName.data!.assessmentSchemes.edges.map((edge: { node: { name: string } }) => edge.node.name);
    expect(names).toEqual([...names].sort().reverse());
    const onUnit = await h.gqlAs(
      admin(),
      `query($unit: ID!) { _entities(representations: [{ __typename: "OrgUnit", id: $unit }]) { ... on OrgUnit { assessmentSchemes { totalCount } } } }`,
      { unit: centerId },
    );
    expect(onUnit.data!._entities[0].assessmentSchemes.totalCount).toBe(2);
  });
});
