import { createScratchDatabase, queryTestDatabase } from '@civic/testing';
import { graphql } from './generated';
import {
  AcceptServiceDocument,
  CompleteServiceDocument,
  DispatchServiceDocument,
  OrderServiceDocument,
  RateServiceDocument,
  VolunteerProfileDocument,
} from './generated/graphql';
import { callAs, type Caller } from './support/callers';
import { startTestPlatform, type TestPlatform } from './support/platform';

/** Volunteer service through the gateway: the order flow, the Huidong figures and the volunteer profile. */
let platform: TestPlatform;
let databaseUrl: string;
const sql = <T>(text: string, params: unknown[] = []) => queryTestDatabase<T>(text, params, databaseUrl);

beforeAll(async () => {
  databaseUrl = await createScratchDatabase();
  platform = await startTestPlatform({ databaseUrl });
}, 240000);
afterAll(() => platform?.stop());

const ADMIN: Caller = { role: 'ADMIN', subject: 'admin' };

const HUIDONG_VOLUNTEERING = graphql(`
  query HuidongVolunteering {
    orgUnitByCode(code: "513426-ZX") {
      volunteerStats(scope: SUBTREE) {
        volunteerCount
        serviceHours
        teamCount
      }
      volunteerTeams {
        level
        theme
      }
    }
  }
`);

describe('volunteer service through the gateway', () => {
  it('holds Huidong as reported: 90,000+ volunteers, 200,000+ hours, the 17 county-level themed teams', async () => {
    const res = await callAs(platform.gateway.url, ADMIN, HUIDONG_VOLUNTEERING);
    expect(res.errors).toBeUndefined();
    const center = res.data!.orgUnitByCode!;
    expect(center.volunteerStats.volunteerCount).toBeGreaterThanOrEqual(90000);
    expect(center.volunteerStats.serviceHours).toBeGreaterThanOrEqual(200000);
    const county = center.volunteerTeams.filter((t) => t.level === 'COUNTY');
    expect(county).toHaveLength(17);
    expect(county.map((t) => t.theme)).toEqual(
      expect.arrayContaining(['党员', '理论宣讲与宣传教育', '移风易俗', '救济帮困', '法治', '卫生健康', '生态环保']),
    );
  });

  it('runs the order flow operation (群众点单 → 中心派单 → 志愿者接单 → 群众评单) step by step, as an operator of the station', async () => {
    const [station] = await sql<{ id: number; code: string; institute: string; team: number }>(
      `SELECT s.id, s.code, i.code AS institute, t.id AS team FROM org.org_unit s JOIN org.org_unit i ON i.id = s.parent_id
       JOIN volunteers.volunteer_team t ON t.org_unit_id = s.id WHERE s.name = '小岔河村新时代文明实践站'`,
    );
    const operator: Caller = { role: 'OPERATOR', orgUnitCode: station.institute, subject: 'operator-xch' };
    const url = platform.gateway.url;

    const ordered = await callAs(url, operator, OrderServiceDocument, {
      input: { title: '帮助孤寡老人打扫卫生', orgUnitId: String(station.id) },
    });
    expect(ordered.errors).toBeUndefined();
    const id = ordered.data!.createServiceRequest.id;
    expect(ordered.data!.createServiceRequest).toMatchObject({
      status: 'ORDERED',
      orgUnit: { id: String(station.id), name: '小岔河村新时代文明实践站' },
    });
    expect(
      (await callAs(url, operator, DispatchServiceDocument, { id, teamId: String(station.team) })).data!.dispatchServiceRequest,
    ).toMatchObject({
      status: 'DISPATCHED',
      assignedTeam: { id: String(station.team) },
    });
    expect((await callAs(url, operator, AcceptServiceDocument, { id })).data!.acceptServiceRequest.status).toBe('ACCEPTED');
    expect((await callAs(url, operator, RateServiceDocument, { id, rating: 5 })).errors?.[0]).toMatchObject({
      extensions: { code: 'CONFLICT' },
      message: expect.stringContaining('is ACCEPTED'),
    });
    expect((await callAs(url, operator, CompleteServiceDocument, { id })).data!.completeServiceRequest.status).toBe('COMPLETED');
    expect((await callAs(url, operator, AcceptServiceDocument, { id })).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await callAs(url, operator, RateServiceDocument, { id, rating: 4, comment: '很好' })).data!.rateServiceRequest).toEqual({
      id,
      status: 'RATED',
      rating: 4,
    });

    const outsider: Caller = { role: 'OPERATOR', orgUnitCode: '513426100000-SJS', subject: 'operator-elsewhere' };
    const refused = await callAs(url, outsider, OrderServiceDocument, { input: { title: '越权点单', orgUnitId: String(station.id) } });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('answers the volunteer-profile operation with data from every subgraph', async () => {
    const [v] = await sql<{ id: number }>(
      `SELECT volunteer_id AS id FROM volunteers.team_membership GROUP BY volunteer_id ORDER BY volunteer_id LIMIT 1`,
    );
    const res = await callAs(platform.gateway.url, ADMIN, VolunteerProfileDocument, { id: String(v.id) });
    expect(res.errors).toBeUndefined();
    const profile = res.data!.volunteer!;
    expect(profile.homeUnit!.ancestors[0]).toEqual({ name: '会东县新时代文明实践中心', level: 'CENTER' });
    expect(profile.teams.length).toBeGreaterThan(0);
    expect(profile.serviceRecords.totalCount).toBeGreaterThanOrEqual(0);
    expect(Array.isArray(profile.enrollments)).toBe(true);
    expect(profile.campaignEvents.totalCount).toBeGreaterThanOrEqual(0);
  });
});
