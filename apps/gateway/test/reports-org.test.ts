import { createScratchDatabase, queryTestDatabase } from '@civic/testing';
import { graphql } from './generated';
import { callAs, type Caller } from './support/callers';
import { startTestPlatform, type TestPlatform } from './support/platform';

/**
 * What the reports describe about the org side, through the gateway: the structure below the city
 * centers, designations earned by application (申报 → 审核 → 命名), red education sites as venues and the
 * joint meetings (联席会议) with the sub-centers' part in them (一盘棋).
 */
let platform: TestPlatform;
let databaseUrl: string;
const sql = <T>(text: string, params: unknown[] = []) => queryTestDatabase<T>(text, params, databaseUrl);

const ADMIN: Caller = { role: 'ADMIN', subject: 'admin' };
const CHENGDU_OFFICE: Caller = { role: 'ORG_ADMIN', orgUnitCode: '510100-ZX', subject: 'chengdu-office' };
const QIONGLAI_OFFICE: Caller = { role: 'ORG_ADMIN', orgUnitCode: '510183-ZX', subject: 'qionglai-office' };
const HUIDONG_OFFICE: Caller = { role: 'ORG_ADMIN', orgUnitCode: '513426-ZX', subject: 'huidong-office' };
const TONGCHUAN_OFFICE: Caller = { role: 'ORG_ADMIN', orgUnitCode: '610200-ZX', subject: 'tongchuan-office' };

beforeAll(async () => {
  databaseUrl = await createScratchDatabase();
  platform = await startTestPlatform({ databaseUrl });
}, 240000);
afterAll(() => platform?.stop());

const CITY_STRUCTURE = graphql(`
  query CityStructure {
    tongchuan: orgUnitByCode(code: "610200-ZX") {
      children {
        name
        level
        children {
          name
          level
        }
      }
    }
    qionglai: orgUnitByCode(code: "510183-ZX") {
      children(level: INSTITUTE) {
        name
      }
    }
  }
`);

const PRE_APPLIED = graphql(`
  query PreAppliedPoints {
    chengdu: orgUnitByCode(code: "510100-ZX") {
      id
    }
  }
`);

const APPLICATIONS = graphql(`
  query Applications($filter: DesignationApplicationFilter) {
    designationApplications(first: 100, filter: $filter) {
      totalCount
      edges {
        node {
          id
          title
          state
          applicant {
            code
            name
            level
            parent {
              name
            }
          }
          authority {
            name
          }
        }
      }
    }
  }
`);

const REVIEW = graphql(`
  mutation ReviewApplication($input: ApplicationStepInput!) {
    reviewDesignationApplication(input: $input) {
      state
    }
  }
`);

const GRANT = graphql(`
  mutation GrantApplication($input: ApplicationStepInput!) {
    grantDesignationApplication(input: $input) {
      state
      decidedOn
      designation {
        id
        title
        kind
        active
      }
      applicant {
        code
        designations {
          title
          kind
        }
      }
    }
  }
`);

const GRANT_AUDIT = graphql(`
  query GrantAudit($entityId: ID!) {
    auditLog(first: 10, filter: { action: "grantDesignationApplication", entityId: $entityId }) {
      edges {
        node {
          actor
          role
          actorOrgUnit
          entityType
          entityIds
        }
      }
    }
  }
`);

const RED_SITES = graphql(`
  query RedSites {
    venues(first: 20, filter: { kind: RED_EDUCATION_SITE }) {
      edges {
        node {
          name
          kind
          orgUnit {
            name
          }
        }
      }
    }
  }
`);

const HUIDONG_COORDINATION = graphql(`
  query HuidongCoordination {
    orgUnitByCode(code: "513426-ZX") {
      jointMeetings(first: 20) {
        totalCount
        edges {
          node {
            heldOn
            topic
            attendees {
              orgUnit {
                level
              }
            }
            decisions {
              state
              responsibleUnit {
                name
              }
            }
          }
        }
      }
      coordination(from: "2020-07-01", to: "2021-12-31") {
        meetingsHeld
        rows {
          meetingsAttended
          decisionsAssigned
          decisionsDone
          orgUnit {
            level
            department
          }
        }
      }
    }
  }
`);

const RECORD_MEETING = graphql(`
  mutation RecordMeeting($input: RecordJointMeetingInput!) {
    recordJointMeeting(input: $input) {
      id
      topic
    }
  }
`);

describe('the org side of the reports through the gateway', () => {
  it('breaks Tongchuan down into its districts and towns and Qionglai into its townships', async () => {
    const res = await callAs(platform.gateway.url, ADMIN, CITY_STRUCTURE);
    expect(res.errors).toBeUndefined();
    const districts = res.data!.tongchuan!.children.filter((c) => c.level === 'CENTER').map((c) => c.name);
    for (const name of ['王益区', '印台区', '耀州区', '宜君县']) expect(districts.join()).toContain(name);
    const yaozhou = res.data!.tongchuan!.children.find((c) => c.name.includes('耀州区'))!;
    expect(yaozhou.children.map((t) => t.name).join()).toContain('照金镇');
    expect(res.data!.qionglai!.children.length).toBeGreaterThanOrEqual(14);
  });

  it('holds Qionglai’s 15 pre-applied points as applications; granting one makes it a city-level point, audited', async () => {
    const chengdu = await callAs(platform.gateway.url, ADMIN, PRE_APPLIED);
    const open = await callAs(platform.gateway.url, ADMIN, APPLICATIONS, {
      filter: { authorityUnitId: chengdu.data!.chengdu!.id, year: 2021 },
    });
    expect(open.errors).toBeUndefined();
    const applications = open.data!.designationApplications.edges.map((e) => e.node);
    expect(applications).toHaveLength(15);
    expect(new Set(applications.map((a) => a.state))).toEqual(new Set(['SUBMITTED', 'UNDER_REVIEW']));
    expect(applications.every((a) => a.title === '成都市级新时代文明实践点' && a.authority.name === '成都市新时代文明实践中心')).toBe(true);
    expect(applications.every((a) => a.applicant.level === 'POINT' && a.applicant.code.startsWith('510183'))).toBe(true);

    const application = applications.find((a) => a.state === 'SUBMITTED')!;
    const input = { applicationId: application.id, on: '2021-10-20' };
    const byApplicant = await callAs(platform.gateway.url, QIONGLAI_OFFICE, REVIEW, { input });
    expect(byApplicant.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const outsider = await callAs(platform.gateway.url, HUIDONG_OFFICE, REVIEW, { input });
    expect(outsider.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const reviewed = await callAs(platform.gateway.url, CHENGDU_OFFICE, REVIEW, { input });
    expect(reviewed.errors).toBeUndefined();
    expect(reviewed.data!.reviewDesignationApplication.state).toBe('UNDER_REVIEW');
    const granted = await callAs(platform.gateway.url, CHENGDU_OFFICE, GRANT, {
      input: { ...input, on: '2021-11-30', note: '经审核，予以命名' },
    });
    expect(granted.errors).toBeUndefined();
    const decision = granted.data!.grantDesignationApplication;
    expect(decision).toMatchObject({
      state: 'GRANTED',
      decidedOn: '2021-11-30',
      designation: { kind: 'CITY_PRACTICE_POINT', active: true },
    });
    expect(decision.applicant.designations).toContainEqual({ title: '成都市级新时代文明实践点', kind: 'CITY_PRACTICE_POINT' });
    const again = await callAs(platform.gateway.url, CHENGDU_OFFICE, GRANT, { input });
    expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');

    const audit = await callAs(platform.gateway.url, ADMIN, GRANT_AUDIT, { entityId: application.id });
    expect(audit.errors).toBeUndefined();
    expect(audit.data!.auditLog.edges.map((e) => e.node)).toEqual([
      expect.objectContaining({
        actor: 'chengdu-office',
        role: 'ORG_ADMIN',
        actorOrgUnit: '510100-ZX',
        entityIds: [application.id, decision.designation!.id],
      }),
    ]);
  });

  it('lists the red education sites students visit as venues of their own kind', async () => {
    const res = await callAs(platform.gateway.url, ADMIN, RED_SITES);
    expect(res.errors).toBeUndefined();
    const sites = res.data!.venues.edges.map((e) => e.node);
    expect(sites.map((s) => s.name)).toEqual(expect.arrayContaining(['照金纪念馆', '陈家坡会议旧址', '铜川博物馆']));
    expect(sites.find((s) => s.name === '照金纪念馆')!.orgUnit.name).toContain('照金镇');
  });

  it('shows Huidong’s joint meetings with the sub-centers and their decisions tracked, and the 一盘棋 view', async () => {
    const res = await callAs(platform.gateway.url, ADMIN, HUIDONG_COORDINATION);
    expect(res.errors).toBeUndefined();
    const unit = res.data!.orgUnitByCode!;
    expect(unit.jointMeetings.totalCount).toBeGreaterThan(0);
    const meetings = unit.jointMeetings.edges.map((e) => e.node);
    expect(meetings.every((m) => m.attendees.some((a) => a.orgUnit.level === 'SUB_CENTER'))).toBe(true);
    const decisions = meetings.flatMap((m) => m.decisions);
    expect(decisions.some((d) => d.state === 'DONE')).toBe(true);
    expect(decisions.some((d) => d.state !== 'DONE')).toBe(true);
    const { coordination } = unit;
    expect(coordination.meetingsHeld).toBe(unit.jointMeetings.totalCount);
    expect(coordination.rows).toHaveLength(15);
    expect(coordination.rows.every((r) => r.orgUnit.level === 'SUB_CENTER' && r.meetingsAttended > 0)).toBe(true);
    expect(coordination.rows.reduce((n, r) => n + r.decisionsDone, 0)).toBeGreaterThan(0);
  });

  it('refuses a joint meeting to a role without scope over the convening unit, and writes nothing', async () => {
    const [center] = await sql<{ id: number; sub: number }>(
      `SELECT c.id, (SELECT s.id FROM org.org_unit s WHERE s.parent_id = c.id AND s.level = 'SUB_CENTER' ORDER BY s.id LIMIT 1) AS sub
       FROM org.org_unit c WHERE c.code = '513426-ZX'`,
    );
    const input = {
      conveningUnitId: String(center.id),
      heldOn: '2021-12-28',
      topic: '年终工作联席会议',
      attendees: [{ orgUnitId: String(center.sub), personName: '李明', position: '分中心负责人' }],
    };
    const before = await sql<{ n: string }>(`SELECT count(*) AS n FROM org.joint_meeting`);
    for (const caller of [TONGCHUAN_OFFICE, { role: 'PROPAGANDA', orgUnitCode: '513426-ZX' } as Caller]) {
      const refused = await callAs(platform.gateway.url, caller, RECORD_MEETING, { input });
      expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    expect(await sql(`SELECT count(*) AS n FROM org.joint_meeting`)).toEqual(before);
    const recorded = await callAs(platform.gateway.url, HUIDONG_OFFICE, RECORD_MEETING, { input });
    expect(recorded.errors).toBeUndefined();
    expect(recorded.data!.recordJointMeeting.topic).toBe('年终工作联席会议');
  });
});
