import { IDENTITY_HEADER, signIdentity, type Identity } from '@civic/runtime';
import { type RunningSubgraph } from '@civic/subgraph-kit';
import { createScratchDatabase, postGraphQL, startSubgraphHarness, type SubgraphHarness } from '@civic/testing';
import { orgSubgraph } from '../src';

let harness: SubgraphHarness;
let org: RunningSubgraph;

beforeAll(async () => {
  harness = await startSubgraphHarness([orgSubgraph], { databaseUrl: await createScratchDatabase() });
  org = harness.subgraphs.org;
}, 60000);
afterAll(() => harness?.stop());

const CHENGDU: Identity = { subject: 'chengdu-office', role: 'ORG_ADMIN', orgUnitCode: '510100-ZX' };
const QIONGLAI: Identity = { subject: 'qionglai-office', role: 'ORG_ADMIN', orgUnitCode: '510183-ZX' };
const PINGLE_OPERATOR: Identity = { subject: 'pingle-operator', role: 'OPERATOR', orgUnitCode: '510183101000-SJS' };
const HUIDONG: Identity = { subject: 'huidong-office', role: 'ORG_ADMIN', orgUnitCode: '513426-ZX' };
const run = (q: string, variables: Record<string, unknown>, identity?: Identity) =>
  postGraphQL<Record<string, any>>(org.url, q, variables, identity ? { [IDENTITY_HEADER]: signIdentity(identity) } : {});
const sql = <T>(text: string, params: unknown[] = []): Promise<T[]> => org.database.dataSource.query(text, params);
const idOf = async (code: string) => String((await sql<{ id: number }>(`SELECT id FROM org.org_unit WHERE code = $1`, [code]))[0].id);
const count = async (table: string) => (await sql<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0].n;
const codeOf = (res: { errors?: { extensions?: { code?: string } }[] }) => res.errors?.[0]?.extensions?.code;

const APPLY = `mutation($i: ApplyForDesignationInput!) { applyForDesignation(input: $i) { id state appliedOn applicant { code } authority { code }
  steps { state takenOn actor actorRole actorOrgUnitCode } } }`;
const STEP = (name: string) => `mutation($i: ApplicationStepInput!) { ${name}(input: $i) { id state decidedOn decisionNote
  designation { id kind title grantedBy grantedOn orgUnit { code } } steps { state takenOn actor actorRole actorOrgUnitCode note } } }`;

describe("Qionglai's 15 practice points pre-applied in 2021 (the training report)", () => {
  it('are 15 applications to Chengdu for 成都市级新时代文明实践点, none decided, from POINT units in Qionglai', async () => {
    const qionglai = await idOf('510183-ZX');
    const res = await run(
      `query($q: ID!, $c: ID!) { designationApplications(filter: { applicantUnitId: $q, authorityUnitId: $c, year: 2021, kind: CITY_PRACTICE_POINT }, first: 20) {
        totalCount edges { node { title state appliedOn applicant { level name ancestors { code } } steps { state } } } } }`,
      { q: qionglai, c: await idOf('510100-ZX') },
    );
    const page = res.data!.designationApplications;
    expect(page.totalCount).toBe(15);
    const nodes = page.edges.map((e: { node: Record<string, any> }) => e.node);
    expect(new Set(nodes.map((n: { applicant: { name: string } }) => n.applicant.name)).size).toBe(15);
    for (const node of nodes) {
      expect(node.title).toBe('成都市级新时代文明实践点');
      expect(['SUBMITTED', 'UNDER_REVIEW']).toContain(node.state);
      expect(node.appliedOn < '2021-07-14').toBe(true);
      expect(node.applicant.level).toBe('POINT');
      expect(node.applicant.ancestors.map((a: { code: string }) => a.code)).toContain('510183-ZX');
      expect(node.steps.at(-1).state).toBe(node.state);
    }
    const decided = await run(`{ designationApplications(filter: { state: GRANTED }, first: 0) { totalCount } }`, {});
    expect(decided.data!.designationApplications.totalCount).toBe(0);
    const unit = await run(
      `query($id: ID!) { orgUnit(id: $id) { designationApplications(first: 5) { totalCount edges { node { title } } } } }`,
      { id: await idOf('510183-SJD-07') },
    );
    expect(unit.data!.orgUnit.designationApplications.totalCount).toBe(1);
  });

  it('granting one after review makes it a city-level point, with the designation linked and both ids audited', async () => {
    const pointId = await idOf('510183-SJD-02');
    const [app] = await sql<{ id: number; state: string }>(
      `SELECT id, state FROM org.designation_application WHERE applicant_unit_id = $1`,
      [pointId],
    );
    expect(app.state).toBe('SUBMITTED');
    const reviewed = await run(STEP('reviewDesignationApplication'), { i: { applicationId: String(app.id), on: '2021-09-20' } }, CHENGDU);
    expect(reviewed.data!.reviewDesignationApplication.state).toBe('UNDER_REVIEW');
    const granted = await run(
      STEP('grantDesignationApplication'),
      { i: { applicationId: String(app.id), on: '2021-12-01', note: '经审核，予以命名' } },
      CHENGDU,
    );
    const g = granted.data!.grantDesignationApplication;
    expect(g.state).toBe('GRANTED');
    expect(g.decidedOn).toBe('2021-12-01');
    expect(g.designation).toMatchObject({
      kind: 'CITY_PRACTICE_POINT',
      title: '成都市级新时代文明实践点',
      grantedBy: '成都市新时代文明实践中心',
      grantedOn: '2021-12-01',
      orgUnit: { code: '510183-SJD-02' },
    });
    expect(g.steps.map((s: { state: string }) => s.state)).toEqual(['SUBMITTED', 'UNDER_REVIEW', 'GRANTED']);
    expect(g.steps[2]).toMatchObject({ actor: 'chengdu-office', actorRole: 'ORG_ADMIN', actorOrgUnitCode: '510100-ZX' });
    const unit = await run(`query($id: ID!) { orgUnit(id: $id) { designations { kind title } } }`, { id: pointId });
    expect(unit.data!.orgUnit.designations).toEqual([{ kind: 'CITY_PRACTICE_POINT', title: '成都市级新时代文明实践点' }]);
    const audit = await sql<{ action: string; actor: string; entity_ids: string[] }>(
      `SELECT action, actor, entity_ids FROM audit.entry WHERE entity_type = 'DesignationApplication' AND $1 = ANY(entity_ids) ORDER BY id`,
      [String(app.id)],
    );
    expect(audit.map((a) => a.action)).toEqual(['reviewDesignationApplication', 'grantDesignationApplication']);
    expect(audit[1].entity_ids).toEqual([String(app.id), String(g.designation.id)]);
    expect(audit[1].actor).toBe('chengdu-office');
    // Decided: no further step.
    const again = await run(STEP('rejectDesignationApplication'), { i: { applicationId: String(app.id), note: '重复' } }, CHENGDU);
    expect(codeOf(again)).toBe('CONFLICT');
    const withdraw = await run(STEP('withdrawDesignationApplication'), { i: { applicationId: String(app.id) } }, QIONGLAI);
    expect(codeOf(withdraw)).toBe('CONFLICT');
  });
});

describe('applying, reviewing, rejecting and withdrawing', () => {
  it('runs the full flow: an operator applies, Qionglai reviews and rejects with a reason; the next application is withdrawn', async () => {
    const institute = await idOf('510183101000-SJS');
    const applied = await run(
      APPLY,
      {
        i: {
          applicantUnitId: institute,
          authorityUnitId: await idOf('510183-ZX'),
          kind: 'DEMONSTRATION',
          title: '邛崃市新时代文明实践示范所',
          appliedOn: '2021-08-02',
          reason: '常态开展理论宣讲和志愿服务',
          materials: '工作台账、活动照片',
        },
      },
      PINGLE_OPERATOR,
    );
    const a = applied.data!.applyForDesignation;
    expect(a).toMatchObject({ state: 'SUBMITTED', applicant: { code: '510183101000-SJS' }, authority: { code: '510183-ZX' } });
    expect(a.steps).toEqual([
      { state: 'SUBMITTED', takenOn: '2021-08-02', actor: 'pingle-operator', actorRole: 'OPERATOR', actorOrgUnitCode: '510183101000-SJS' },
    ]);
    // The same title again while open: CONFLICT, nothing written.
    const applications = await count('org.designation_application');
    const twice = await run(
      APPLY,
      {
        i: {
          applicantUnitId: institute,
          authorityUnitId: await idOf('510183-ZX'),
          kind: 'DEMONSTRATION',
          title: '邛崃市新时代文明实践示范所',
          appliedOn: '2021-08-03',
          reason: '再次',
        },
      },
      PINGLE_OPERATOR,
    );
    expect(codeOf(twice)).toBe('CONFLICT');
    expect(await count('org.designation_application')).toBe(applications);
    // Granting before review is an illegal transition.
    expect(codeOf(await run(STEP('grantDesignationApplication'), { i: { applicationId: a.id } }, QIONGLAI))).toBe('CONFLICT');
    expect(
      (await run(STEP('reviewDesignationApplication'), { i: { applicationId: a.id, on: '2021-08-10' } }, QIONGLAI)).data!
        .reviewDesignationApplication.state,
    ).toBe('UNDER_REVIEW');
    expect(codeOf(await run(STEP('reviewDesignationApplication'), { i: { applicationId: a.id } }, QIONGLAI))).toBe('CONFLICT');
    const noReason = await run(STEP('rejectDesignationApplication'), { i: { applicationId: a.id, note: '  ' } }, QIONGLAI);
    expect(codeOf(noReason)).toBe('BAD_USER_INPUT');
    const rejected = await run(
      STEP('rejectDesignationApplication'),
      { i: { applicationId: a.id, on: '2021-08-20', note: '活动台账不全' } },
      QIONGLAI,
    );
    expect(rejected.data!.rejectDesignationApplication).toMatchObject({
      state: 'REJECTED',
      decidedOn: '2021-08-20',
      decisionNote: '活动台账不全',
      designation: null,
    });

    const second = await run(
      APPLY,
      {
        i: {
          applicantUnitId: institute,
          authorityUnitId: await idOf('510183-ZX'),
          kind: 'DEMONSTRATION',
          title: '邛崃市新时代文明实践示范所',
          appliedOn: '2021-09-01',
          reason: '补齐台账后再次申报',
        },
      },
      PINGLE_OPERATOR,
    );
    const id = second.data!.applyForDesignation.id;
    const withdrawn = await run(
      STEP('withdrawDesignationApplication'),
      { i: { applicationId: id, on: '2021-09-05', note: '暂缓申报' } },
      PINGLE_OPERATOR,
    );
    expect(withdrawn.data!.withdrawDesignationApplication.state).toBe('WITHDRAWN');
    expect(codeOf(await run(STEP('reviewDesignationApplication'), { i: { applicationId: id } }, QIONGLAI))).toBe('CONFLICT');
    const actions = await sql<{ action: string }>(
      `SELECT action FROM audit.entry WHERE entity_type = 'DesignationApplication' AND entity_ids && $1::text[] ORDER BY id`,
      [[String(a.id), String(id)]],
    );
    expect(actions.map((r) => r.action)).toEqual([
      'applyForDesignation',
      'reviewDesignationApplication',
      'rejectDesignationApplication',
      'applyForDesignation',
      'withdrawDesignationApplication',
    ]);
  });

  it('refuses a role without scope (FORBIDDEN) and an authority not above the applicant (BAD_USER_INPUT), leaving no rows', async () => {
    const before = [
      await count('org.designation_application'),
      await count('org.designation_application_step'),
      await count('audit.entry'),
    ];
    const input = {
      applicantUnitId: await idOf('510183102000-SJS'),
      authorityUnitId: await idOf('510100-ZX'),
      kind: 'CITY_PRACTICE_POINT',
      title: '成都市级新时代文明实践点',
      appliedOn: '2021-06-30',
      reason: '申报',
    };
    expect(codeOf(await run(APPLY, { i: input }, HUIDONG))).toBe('FORBIDDEN');
    expect(codeOf(await run(APPLY, { i: input }, { subject: 'analyst', role: 'ANALYST' }))).toBe('FORBIDDEN');
    const sideways = await run(APPLY, { i: { ...input, authorityUnitId: await idOf('510115-ZX') } }, QIONGLAI);
    expect(codeOf(sideways)).toBe('BAD_USER_INPUT');
    expect(sideways.errors![0].extensions!.argument).toBe('input.authorityUnitId');
    const [app] = await sql<{ id: number }>(
      `SELECT a.id FROM org.designation_application a JOIN org.org_unit u ON u.id = a.applicant_unit_id WHERE u.code = '510183-SJD-04'`,
    );
    // An operator may apply but not decide; Huidong's admin is outside the subtree.
    expect(codeOf(await run(STEP('reviewDesignationApplication'), { i: { applicationId: String(app.id) } }, PINGLE_OPERATOR))).toBe(
      'FORBIDDEN',
    );
    expect(codeOf(await run(STEP('reviewDesignationApplication'), { i: { applicationId: String(app.id) } }, HUIDONG))).toBe('FORBIDDEN');
    expect([
      await count('org.designation_application'),
      await count('org.designation_application_step'),
      await count('audit.entry'),
    ]).toEqual(before);
  });

  it("refuses a decision on one's own unit's application (FORBIDDEN)", async () => {
    const qionglai = await idOf('510183-ZX');
    const applied = await run(
      APPLY,
      {
        i: {
          applicantUnitId: qionglai,
          authorityUnitId: await idOf('510100-ZX'),
          kind: 'EXEMPLARY_MODEL',
          title: '成都市新时代文明实践精品范例',
          appliedOn: '2021-07-20',
          reason: '邛崃范例',
        },
      },
      QIONGLAI,
    );
    const id = applied.data!.applyForDesignation.id;
    const own = await run(STEP('reviewDesignationApplication'), { i: { applicationId: id } }, QIONGLAI);
    expect(codeOf(own)).toBe('FORBIDDEN');
    // Above the applicant is not enough: a point's application to Chengdu is Chengdu's to decide, not Qionglai's.
    const [point] = await sql<{ id: number }>(
      `SELECT a.id FROM org.designation_application a JOIN org.org_unit u ON u.id = a.applicant_unit_id WHERE u.code = '510183-SJD-05'`,
    );
    const between = await run(STEP('reviewDesignationApplication'), { i: { applicationId: String(point.id) } }, QIONGLAI);
    expect(codeOf(between)).toBe('FORBIDDEN');
    expect((await sql<{ state: string }>(`SELECT state FROM org.designation_application WHERE id = $1`, [id]))[0].state).toBe('SUBMITTED');
    expect(
      (await run(STEP('reviewDesignationApplication'), { i: { applicationId: id, on: '2021-07-25' } }, CHENGDU)).data!
        .reviewDesignationApplication.state,
    ).toBe('UNDER_REVIEW');
  });
});
