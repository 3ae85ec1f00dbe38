import { createScratchDatabase, startSubgraphHarness, type SubgraphHarness } from '@civic/testing';
import type { Identity } from '@civic/runtime';
import { orgSubgraph } from '@civic/org';
import { campaignsSubgraph } from '../src/subgraph';
import { demoIds } from './support/expected-stats';

const CREATE_GROUP = `mutation($i: CreateLectureGroupInput!) { createLectureGroup(input: $i) { id name topics orgUnit { id } campaign { id } members { id } stats { eventCount } } }`;
const RECORD_MEASURE = `mutation($i: RecordCustomsReformMeasureInput!) { recordCustomsReformMeasure(input: $i) { id kind adoptedOn note } }`;
const COVERAGE = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on OrgUnit { customsReformCoverage { villageRulesCount redWhiteCouncilCount } customsReformMeasures { kind adoptedOn } } } }`;

const TOWNSHIP_PROPAGANDA: Identity = { subject: 'propaganda-sjs', role: 'PROPAGANDA', orgUnitCode: '513426101000-SJS' };

describe('lecture groups and customs-reform measures: creating and recording', () => {
  let h: SubgraphHarness;
  let ids: Awaited<ReturnType<typeof demoIds>>;
  let bareStationId: string;
  let foreignStationId: string;
  const rows = async (table: string) => (await h.sql<{ n: number }>(`SELECT count(*)::int AS n FROM campaigns.${table}`))[0].n;

  beforeAll(async () => {
    h = await startSubgraphHarness([orgSubgraph, campaignsSubgraph], { databaseUrl: await createScratchDatabase() });
    ids = await demoIds(h);
    const [bare] = await h.sql<{ id: number }>(
      `SELECT u.id FROM org.org_unit u WHERE u.parent_id = $1 AND u.level = 'STATION'
       AND NOT EXISTS (SELECT 1 FROM campaigns.customs_reform_measure m WHERE m.org_unit_id = u.id AND m.kind = 'RED_WHITE_COUNCIL') ORDER BY u.id LIMIT 1`,
      [ids.instituteId],
    );
    const [foreign] = await h.sql<{ id: number }>(
      `SELECT u.id FROM org.org_unit u JOIN org.org_unit p ON p.id = u.parent_id WHERE p.parent_id = $1 AND p.id <> $2 AND u.level = 'STATION' ORDER BY u.id LIMIT 1`,
      [ids.centerId, ids.instituteId],
    );
    bareStationId = String(bare.id);
    foreignStationId = String(foreign.id);
  });
  afterAll(() => h?.stop());

  it('creates a lecture group at the township with members and topics, audited', async () => {
    const res = await h.gqlAs<{ createLectureGroup: Record<string, any> }>(TOWNSHIP_PROPAGANDA, CREATE_GROUP, {
      i: {
        name: ' 鲹鱼河镇"五老"宣讲小组 ',
        orgUnitId: String(ids.instituteId),
        campaignId: String(ids.lectureId),
        topics: ['红军巧渡金沙江', ' '],
        memberIds: ['7', '8', '7'],
      },
    });
    expect(res.errors).toBeUndefined();
    const group = res.data!.createLectureGroup;
    expect(group).toMatchObject({
      name: '鲹鱼河镇"五老"宣讲小组',
      topics: ['红军巧渡金沙江'],
      orgUnit: { id: String(ids.instituteId) },
      campaign: { id: String(ids.lectureId) },
      members: [{ id: '7' }, { id: '8' }],
      stats: { eventCount: 0 },
    });
    const audit = await h.sql(`SELECT 1 FROM audit.entry WHERE action = 'createLectureGroup' AND $1 = ANY(entity_ids)`, [group.id]);
    expect(audit).toHaveLength(1);
  });

  it.each([
    ["outside the caller's subtree", { orgUnitId: 'CENTER' }, 'FORBIDDEN'],
    ['for a campaign that does not exist', { campaignId: '999999' }, 'NOT_FOUND'],
    ['with an empty name', { name: ' ' }, 'BAD_USER_INPUT'],
  ])('refuses a lecture group %s and writes nothing', async (_label, override, code) => {
    const before = [await rows('lecture_group'), await rows('lecture_group_member')];
    const i = { name: '宣讲小组', orgUnitId: String(ids.instituteId), memberIds: ['9'], ...override };
    if (i.orgUnitId === 'CENTER') i.orgUnitId = String(ids.centerId);
    const res = await h.gqlAs(TOWNSHIP_PROPAGANDA, CREATE_GROUP, { i });
    expect(res.errors?.[0]?.extensions?.code).toBe(code);
    expect([await rows('lecture_group'), await rows('lecture_group_member')]).toEqual(before);
  });

  it('records a red-white council at a station, and coverage counts it at once', async () => {
    const coverage = async () =>
      (
        await h.gql<{ _entities: { customsReformCoverage: { redWhiteCouncilCount: number } }[] }>(COVERAGE, {
          reps: [{ __typename: 'OrgUnit', id: String(ids.instituteId) }],
        })
      ).data!._entities[0].customsReformCoverage.redWhiteCouncilCount;
    const before = await coverage();
    const res = await h.gqlAs<{ recordCustomsReformMeasure: Record<string, unknown> }>(TOWNSHIP_PROPAGANDA, RECORD_MEASURE, {
      i: { orgUnitId: bareStationId, kind: 'RED_WHITE_COUNCIL', adoptedOn: '2021-09-01', note: '村民大会选举理事会成员' },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.recordCustomsReformMeasure).toMatchObject({ kind: 'RED_WHITE_COUNCIL', adoptedOn: '2021-09-01' });
    expect(await coverage()).toBe(before + 1);
  });

  it.each([
    ['twice for the same station', () => ({ orgUnitId: bareStationId }), 'CONFLICT'],
    ["outside the caller's subtree", () => ({ orgUnitId: foreignStationId }), 'FORBIDDEN'],
    ['at a unit that is not a station', () => ({ orgUnitId: String(ids.instituteId) }), 'BAD_USER_INPUT'],
    ['dated in the future', () => ({ orgUnitId: bareStationId, adoptedOn: '2999-01-01' }), 'BAD_USER_INPUT'],
  ])('refuses a measure %s and writes nothing', async (_label, override, code) => {
    const before = await rows('customs_reform_measure');
    const res = await h.gqlAs(TOWNSHIP_PROPAGANDA, RECORD_MEASURE, {
      i: { kind: 'RED_WHITE_COUNCIL', adoptedOn: '2021-10-01', ...override() },
    });
    expect(res.errors?.[0]?.extensions?.code).toBe(code);
    expect(await rows('customs_reform_measure')).toBe(before);
  });
});
