import { createScratchDatabase, queryTestDatabase, type GraphQLResponse } from '@civic/testing';
import { graphql } from './generated';
import type { AuditLogFilter } from './generated/graphql';
import { callAs, type Caller } from './support/callers';
import { startTestPlatform, type TestPlatform } from './support/platform';

/**
 * The role table (README, Access), through the gateway over HTTP: each role reads personal data, writes
 * inside its scope and writes outside it. Scoped roles belong to institute A; institute B is outside.
 */
let platform: TestPlatform;
let databaseUrl: string;
const f = {} as {
  instituteA: string;
  stationA: string;
  stationB: string;
  volunteerA: string;
  volunteerB: string;
  phoneA: string;
  program: string;
};

const sql = <T>(text: string, params: unknown[] = []) => queryTestDatabase<T>(text, params, databaseUrl);

beforeAll(async () => {
  databaseUrl = await createScratchDatabase();
  platform = await startTestPlatform({ databaseUrl });
  const institutes = await sql<{ code: string; station: string; station_code: string }>(
    `SELECT i.code, s.id::text AS station, s.code AS station_code FROM org.org_unit i
     JOIN org.org_unit s ON s.parent_id = i.id AND s.level = 'STATION'
     WHERE i.level = 'INSTITUTE' AND EXISTS (SELECT 1 FROM volunteers.volunteer v WHERE v.home_unit_id = s.id)
     ORDER BY i.id, s.id`,
  );
  const a = institutes[0];
  const b = institutes.find((row) => row.code !== a.code)!;
  Object.assign(f, { instituteA: a.code, stationA: a.station, stationB: b.station });
  const [va] = await sql<{ id: string; phone: string }>(
    `SELECT id::text, phone FROM volunteers.volunteer WHERE home_unit_id = $1 ORDER BY id LIMIT 1`,
    [Number(a.station)],
  );
  const [vb] = await sql<{ id: string }>(`SELECT id::text FROM volunteers.volunteer WHERE home_unit_id = $1 ORDER BY id LIMIT 1`, [
    Number(b.station),
  ]);
  Object.assign(f, { volunteerA: va.id, phoneA: va.phone, volunteerB: vb.id });
  const created = await callAs(platform.gateway.url, ADMIN, CREATE_BACKBONE_TRAINING, { o: a.station });
  f.program = created.data!.createTrainingProgram.id;
}, 240000);
afterAll(() => platform?.stop());

const ADMIN: Caller = { role: 'ADMIN', subject: 'admin-1' };
const scoped = (role: Caller['role']): Caller => ({ role, orgUnitCode: f.instituteA, subject: `${role.toLowerCase()}-a` });
const callers = (): Record<string, Caller> => ({
  ADMIN,
  ORG_ADMIN: scoped('ORG_ADMIN'),
  OPERATOR: scoped('OPERATOR'),
  PROPAGANDA: scoped('PROPAGANDA'),
  ANALYST: { role: 'ANALYST', subject: 'analyst-1' },
  VOLUNTEER: { role: 'VOLUNTEER', volunteerId: f.volunteerA, subject: 'volunteer-a' },
  ANONYMOUS: { role: 'ANONYMOUS' },
});

const CREATE_BACKBONE_TRAINING = graphql(`
  mutation CreateBackboneTraining($o: ID!) {
    createTrainingProgram(input: { title: "2027年志愿服务骨干培训", organizerId: $o, startsOn: "2027-03-01", endsOn: "2027-03-03" }) {
      id
    }
  }
`);
const PERSONAL = graphql(`
  query PersonalData($id: ID!) {
    volunteer(id: $id) {
      id
      name
      phone
      idNumber
    }
  }
`);
const PHONE = graphql(`
  query VolunteerPhone($id: ID!) {
    volunteer(id: $id) {
      phone
    }
  }
`);
const VOLUNTEER_LIST = graphql(`
  query VolunteerList {
    volunteers(first: 1) {
      totalCount
    }
  }
`);
const PUBLIC_FIGURES = graphql(`
  query PublicFigures($code: String!) {
    orgUnitByCode(code: $code) {
      name
      volunteerStats {
        volunteerCount
      }
    }
    campaigns(first: 1) {
      totalCount
    }
    trainingPrograms(first: 1) {
      totalCount
    }
  }
`);
const masked = (phone: string) => `${phone.slice(0, 3)}****${phone.slice(-4)}`;

describe('reading personal data of a volunteer registered inside institute A', () => {
  it.each([
    ['ADMIN', 'whole'],
    ['ORG_ADMIN', 'whole'],
    ['OPERATOR', 'masked'],
    ['PROPAGANDA', 'masked'],
    ['ANALYST', 'masked'],
    ['VOLUNTEER', 'whole'],
  ])('%s sees the phone %s and the ID number masked', async (role, phoneForm) => {
    const res = await callAs(platform.gateway.url, callers()[role], PERSONAL, { id: f.volunteerA });
    expect(res.errors).toBeUndefined();
    const v = res.data!.volunteer!;
    expect(v.phone).toBe(phoneForm === 'whole' ? f.phoneA : masked(f.phoneA));
    expect(v.idNumber).toMatch(/^5134\*{10}\d{3}[\dX]$/);
  });

  it('ANONYMOUS is refused with UNAUTHENTICATED and gets no personal data', async () => {
    const res = await callAs(platform.gateway.url, callers().ANONYMOUS, PERSONAL, { id: f.volunteerA });
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(res.data?.volunteer ?? null).toBeNull();
  });

  it('ORG_ADMIN of A sees the phone of a volunteer outside its subtree masked', async () => {
    const res = await callAs(platform.gateway.url, callers().ORG_ADMIN, PHONE, { id: f.volunteerB });
    expect(res.data!.volunteer!.phone).toMatch(/^\d{3}\*{4}\d{4}$/);
  });

  it('a VOLUNTEER reads only its own record', async () => {
    const res = await callAs(platform.gateway.url, callers().VOLUNTEER, PERSONAL, { id: f.volunteerB });
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const list = await callAs(platform.gateway.url, callers().VOLUNTEER, VOLUNTEER_LIST);
    expect(list.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('ANONYMOUS still reads the public directory and aggregate figures', async () => {
    const res = await callAs(platform.gateway.url, callers().ANONYMOUS, PUBLIC_FIGURES, { code: f.instituteA });
    expect(res.errors).toBeUndefined();
    expect(res.data!.orgUnitByCode!.volunteerStats.volunteerCount).toBeGreaterThan(0);
  });
});

const CREATE_POINT = graphql(`
  mutation CreateTestPointUnder($p: ID!, $c: String!) {
    createOrgUnit(input: { name: "测试实践点", code: $c, level: POINT, parentId: $p }) {
      id
    }
  }
`);
const REGISTER_VOLUNTEER = graphql(`
  mutation RegisterTestVolunteer($u: ID!, $id: String!) {
    registerVolunteer(input: { name: "测试志愿者", idNumber: $id, phone: "13900000000", homeUnitId: $u, consent: true }) {
      id
    }
  }
`);
const CREATE_CAMPAIGN = graphql(`
  mutation CreateTestCampaign($o: ID!) {
    createCampaign(input: { name: "移风易俗宣讲", kind: CUSTOMS_REFORM, organizerId: $o }) {
      id
    }
  }
`);

/** Each role's own kind of write, aimed at a unit (station A inside the scope, station B outside), and the table it adds to. */
interface Write {
  table: string;
  send: (caller: Caller, unitId: string, n: number) => Promise<GraphQLResponse<unknown>>;
}
const WRITES: Record<string, Write> = {
  createOrgUnit: {
    table: 'org.org_unit',
    send: (caller, p, n) => callAs(platform.gateway.url, caller, CREATE_POINT, { p, c: `TEST-POINT-${n}` }),
  },
  registerVolunteer: {
    table: 'volunteers.volunteer',
    send: (caller, u, n) => callAs(platform.gateway.url, caller, REGISTER_VOLUNTEER, { u, id: residentId(n) }),
  },
  createCampaign: { table: 'campaigns.campaign', send: (caller, o) => callAs(platform.gateway.url, caller, CREATE_CAMPAIGN, { o }) },
};

/** Valid GB 11643 numbers for registrations in this suite. */
function residentId(n: number): string {
  const first17 = `51342619900101${String(500 + n).padStart(3, '0')}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((acc, d, i) => acc + Number(d) * weights[i], 0);
  return first17 + '10X98765432'[sum % 11];
}

let writeNo = 0;
async function attempt(caller: Caller, write: string, unit: 'inside' | 'outside') {
  const { table, send } = WRITES[write];
  const [{ n: before }] = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
  const res = await send(caller, unit === 'inside' ? f.stationA : f.stationB, ++writeNo);
  const [{ n: after }] = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
  return { code: res.errors?.[0]?.extensions?.code ?? 'OK', rowsAdded: after - before, message: res.errors?.[0]?.message };
}

const ENROLL_VOLUNTEER = graphql(`
  mutation EnrollVolunteerThemselves($p: ID!, $v: ID!) {
    enroll(input: { programId: $p, participantName: "志愿者本人", volunteerId: $v }) {
      id
      volunteer {
        id
      }
    }
  }
`);

describe("writing inside and outside the caller's subtree", () => {
  it.each([
    ['ADMIN', 'createOrgUnit', 'OK', 'OK'],
    ['ORG_ADMIN', 'createOrgUnit', 'OK', 'FORBIDDEN'],
    ['ORG_ADMIN', 'createCampaign', 'OK', 'FORBIDDEN'],
    ['OPERATOR', 'registerVolunteer', 'OK', 'FORBIDDEN'],
    ['PROPAGANDA', 'createCampaign', 'OK', 'FORBIDDEN'],
    ['ANALYST', 'createCampaign', 'FORBIDDEN', 'FORBIDDEN'],
    ['VOLUNTEER', 'registerVolunteer', 'FORBIDDEN', 'FORBIDDEN'],
    ['ANONYMOUS', 'createCampaign', 'UNAUTHENTICATED', 'UNAUTHENTICATED'],
  ])('%s %s: inside → %s, outside → %s; a refused write stores nothing', async (role, write, inside, outside) => {
    const caller = callers()[role];
    const ins = await attempt(caller, write, 'inside');
    expect(ins.code).toBe(inside);
    expect(ins.rowsAdded).toBe(inside === 'OK' ? 1 : 0);
    const out = await attempt(caller, write, 'outside');
    expect(out.code).toBe(outside);
    expect(out.rowsAdded).toBe(outside === 'OK' ? 1 : 0);
    if (outside === 'FORBIDDEN' && role !== 'ANALYST' && role !== 'VOLUNTEER') expect(out.message).toMatch(/inside its own subtree/);
  });

  it.each([
    ['OPERATOR', 'createCampaign'],
    ['PROPAGANDA', 'registerVolunteer'],
    ['PROPAGANDA', 'createOrgUnit'],
  ])('%s may not %s even inside its subtree', async (role, write) => {
    const res = await attempt(callers()[role], write, 'inside');
    expect(res).toMatchObject({ code: 'FORBIDDEN', rowsAdded: 0 });
  });

  it('a VOLUNTEER signs itself up for training, but not someone else', async () => {
    const enroll = (v: string) => callAs(platform.gateway.url, callers().VOLUNTEER, ENROLL_VOLUNTEER, { p: f.program, v });
    const own = await enroll(f.volunteerA);
    expect(own.errors).toBeUndefined();
    expect(own.data!.enroll.volunteer?.id).toBe(f.volunteerA);
    const other = await enroll(f.volunteerB);
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const again = await enroll(f.volunteerA);
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });
});

const INSTITUTE_STATS = graphql(`
  query InstituteVolunteerStats($c: String!) {
    orgUnitByCode(code: $c) {
      id
      volunteerStats {
        volunteerCount
      }
    }
  }
`);
const MOVE_UNIT_UNDER = graphql(`
  mutation MoveUnitUnder($id: ID!, $p: ID!) {
    moveOrgUnit(id: $id, newParentId: $p) {
      parent {
        code
      }
      ancestors {
        code
      }
    }
  }
`);

describe('subtree scope after a move', () => {
  it("follows the unit at once: a station moved under institute A is inside A's scope", async () => {
    const orgAdmin = callers().ORG_ADMIN;
    expect((await attempt(orgAdmin, 'createOrgUnit', 'outside')).code).toBe('FORBIDDEN');
    const stats = async () => (await callAs(platform.gateway.url, ADMIN, INSTITUTE_STATS, { c: f.instituteA })).data!.orgUnitByCode!;
    const before = await stats();
    const [{ n: movedVolunteers }] = await sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM volunteers.volunteer WHERE home_unit_id = $1`,
      [Number(f.stationB)],
    );

    const moved = await callAs(platform.gateway.url, ADMIN, MOVE_UNIT_UNDER, { id: f.stationB, p: before.id });
    expect(moved.errors).toBeUndefined();
    expect(moved.data!.moveOrgUnit.parent?.code).toBe(f.instituteA);

    expect((await attempt(orgAdmin, 'createOrgUnit', 'outside')).code).toBe('OK');
    const phone = await callAs(platform.gateway.url, orgAdmin, PHONE, { id: f.volunteerB });
    expect(phone.data!.volunteer!.phone).not.toContain('*');
    const after = await stats();
    expect(after.volunteerStats.volunteerCount).toBe(before.volunteerStats.volunteerCount + movedVolunteers);
  });

  it('refuses a move that would make a cycle, changing nothing', async () => {
    const [{ id: institute }] = await sql<{ id: string }>(`SELECT id::text FROM org.org_unit WHERE code = $1`, [f.instituteA]);
    const res = await callAs(platform.gateway.url, ADMIN, MOVE_UNIT_UNDER, { id: institute, p: f.stationA });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const [{ parent }] = await sql<{ parent: string }>(
      `SELECT (SELECT code FROM org.org_unit p WHERE p.id = s.parent_id) AS parent FROM org.org_unit s WHERE s.id = $1`,
      [Number(f.stationA)],
    );
    expect(parent).toBe(f.instituteA);
  });
});

const AUDIT_LOG = graphql(`
  query AuditLogEntries($f: AuditLogFilter) {
    auditLog(filter: $f, first: 5) {
      totalCount
      edges {
        node {
          actor
          role
          actorOrgUnit
          action
          entityType
          entityIds
          service
          requestId
          at
        }
      }
    }
  }
`);

describe('the audit log', () => {
  it('records a read of unmasked personal data and a mutation with the right actor, readable by ADMIN only', async () => {
    const orgAdmin = callers().ORG_ADMIN;
    await callAs(platform.gateway.url, orgAdmin, PERSONAL, { id: f.volunteerA });
    const registered = await callAs(platform.gateway.url, callers().OPERATOR, REGISTER_VOLUNTEER, { u: f.stationA, id: residentId(99) });
    const newId = registered.data!.registerVolunteer.id;

    const log = (caller: Caller, filter?: AuditLogFilter) => callAs(platform.gateway.url, caller, AUDIT_LOG, { f: filter });
    const reads = await log(ADMIN, { actor: 'org_admin-a', action: 'READ_PERSONAL_DATA', entityId: f.volunteerA });
    expect(reads.errors).toBeUndefined();
    expect(reads.data!.auditLog.edges[0].node).toMatchObject({
      actor: 'org_admin-a',
      role: 'ORG_ADMIN',
      actorOrgUnit: f.instituteA,
      entityType: 'Volunteer',
      service: 'volunteers',
    });
    const writes = await log(ADMIN, { action: 'registerVolunteer', entityId: newId });
    expect(writes.data!.auditLog.edges).toHaveLength(1);
    expect(writes.data!.auditLog.edges[0].node).toMatchObject({ actor: 'operator-a', role: 'OPERATOR', entityIds: [newId] });

    const masked = await callAs(platform.gateway.url, callers().ANALYST, PERSONAL, { id: f.volunteerA });
    expect(masked.errors).toBeUndefined();
    const analystReads = await log(ADMIN, { actor: 'analyst-1', action: 'READ_PERSONAL_DATA' });
    expect(analystReads.data!.auditLog.totalCount).toBe(0);

    for (const role of ['ORG_ADMIN', 'ANALYST', 'ANONYMOUS']) {
      const refused = await log(callers()[role]);
      expect(refused.errors?.[0]?.extensions?.code).toBe(role === 'ANONYMOUS' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
    }
  });

  it('is append-only in the database', async () => {
    await expect(sql(`DELETE FROM audit.entry`)).rejects.toThrow(/append-only/);
  });
});
