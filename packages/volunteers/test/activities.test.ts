import type { Identity } from '@civic/runtime';
import { createScratchDatabase, startSubgraphHarness, type SubgraphHarness } from '@civic/testing';
import { orgSubgraph } from '@civic/org';
import { UNIT_TREE } from '@civic/org-tree';
import { volunteersSubgraph } from '../src';

let h: SubgraphHarness;
let unitId: string;

beforeAll(async () => {
  h = await startSubgraphHarness([orgSubgraph, volunteersSubgraph], { databaseUrl: await createScratchDatabase() });
  const [row] = await h.sql<{ id: number }>(`SELECT id FROM ${UNIT_TREE} WHERE code = '513426-ZX'`);
  unitId = String(row.id);
}, 120000);
afterAll(() => h?.stop());

const PUBLISH = `mutation($i: PublishActivityInput!) { publishActivity(input: $i) { id capacity signedUp checkInCode } }`;
const SIGN_UP = `mutation($a: ID!, $v: ID!) { signUpForActivity(activityId: $a, volunteerId: $v) { id } }`;
const hoursFromNow = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();

async function publish(startsInHours: number, capacity: number) {
  const res = await h.gql(PUBLISH, {
    i: { title: '周末大扫除', orgUnitId: unitId, startsAt: hoursFromNow(startsInHours), endsAt: hoursFromNow(startsInHours + 3), capacity },
  });
  expect(res.errors).toBeUndefined();
  return res.data!.publishActivity as { id: string; checkInCode: string };
}

const volunteerIds = async (n: number) =>
  (await h.sql<{ id: number }>(`SELECT id FROM volunteers.volunteer ORDER BY id LIMIT $1`, [n])).map((r) => String(r.id));

describe('activities (志愿服务活动)', () => {
  it('lets exactly 10 of 20 concurrent sign-ups take 10 places', async () => {
    const activity = await publish(48, 10);
    const people = await volunteerIds(20);
    const results = await Promise.all(people.map((v) => h.gql(SIGN_UP, { a: activity.id, v })));
    expect(results.filter((r) => !r.errors)).toHaveLength(10);
    const refused = results.filter((r) => r.errors);
    expect(refused).toHaveLength(10);
    expect(refused.every((r) => r.errors![0].extensions?.code === 'CONFLICT' && /full/.test(r.errors![0].message))).toBe(true);
    const [{ n }] = await h.sql<{ n: number }>(`SELECT count(*)::int AS n FROM volunteers.activity_signup WHERE activity_id = $1`, [
      Number(activity.id),
    ]);
    expect(n).toBe(10);
  });

  it('refuses a second sign-up by the same volunteer, and frees the place on cancel', async () => {
    const activity = await publish(48, 1);
    const [v, w] = await volunteerIds(2);
    expect((await h.gql(SIGN_UP, { a: activity.id, v })).errors).toBeUndefined();
    expect((await h.gql(SIGN_UP, { a: activity.id, v })).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await h.gql(SIGN_UP, { a: activity.id, v: w })).errors?.[0]?.message).toMatch(/full/);
    await h.gql(`mutation($a: ID!, $v: ID!) { cancelActivitySignup(activityId: $a, volunteerId: $v) { cancelledAt } }`, {
      a: activity.id,
      v,
    });
    expect((await h.gql(SIGN_UP, { a: activity.id, v: w })).errors).toBeUndefined();
  });

  it('turns a code check-in and check-out into a pending record of the actual time; staff confirmation makes it approved', async () => {
    const activity = await publish(-1, 5);
    const [v, w] = await volunteerIds(2);
    const self: Identity = { subject: `vol-${v}`, role: 'VOLUNTEER', volunteerId: v };
    expect((await h.gql(SIGN_UP, { a: activity.id, v }, self)).errors).toBeUndefined();
    const wrong = await h.gql(
      `mutation($a: ID!, $v: ID!) { checkIn(activityId: $a, volunteerId: $v, code: "000000") { id } }`,
      { a: activity.id, v },
      self,
    );
    expect(wrong.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const checkIn = `mutation($a: ID!, $v: ID!, $c: String) { checkIn(activityId: $a, volunteerId: $v, code: $c) { checkedInAt } }`;
    const checkOut = `mutation($a: ID!, $v: ID!, $c: String) { checkOut(activityId: $a, volunteerId: $v, code: $c) { checkedOutAt } }`;
    expect((await h.gql(checkIn, { a: activity.id, v, c: activity.checkInCode }, self)).errors).toBeUndefined();
    expect((await h.gql(checkOut, { a: activity.id, v, c: activity.checkInCode }, self)).errors).toBeUndefined();
    const [mine] = await h.sql<{ status: string; hours: string }>(
      `SELECT status, hours FROM volunteers.service_record WHERE activity_id = $1 AND volunteer_id = $2`,
      [Number(activity.id), Number(v)],
    );
    expect(mine.status).toBe('PENDING');
    expect(Number(mine.hours)).toBeGreaterThan(0);

    expect((await h.gql(SIGN_UP, { a: activity.id, v: w })).errors).toBeUndefined();
    expect((await h.gql(checkIn, { a: activity.id, v: w })).errors).toBeUndefined();
    expect((await h.gql(checkOut, { a: activity.id, v: w })).errors).toBeUndefined();
    const [theirs] = await h.sql<{ status: string }>(
      `SELECT status FROM volunteers.service_record WHERE activity_id = $1 AND volunteer_id = $2`,
      [Number(activity.id), Number(w)],
    );
    expect(theirs.status).toBe('APPROVED');
    expect((await h.gql(checkOut, { a: activity.id, v: w })).errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('refuses a check-out whose time overlaps a record the volunteer already has, and keeps the check-in open', async () => {
    const activity = await publish(-1, 5);
    const [, , v] = await volunteerIds(3);
    expect((await h.gql(SIGN_UP, { a: activity.id, v })).errors).toBeUndefined();
    const checkIn = await h.gql(`mutation($a: ID!, $v: ID!) { checkIn(activityId: $a, volunteerId: $v) { checkedInAt } }`, {
      a: activity.id,
      v,
    });
    expect(checkIn.errors).toBeUndefined();
    const checkedInAt = new Date((checkIn.data!.checkIn as { checkedInAt: string }).checkedInAt);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const recorded = await h.gql(`mutation($i: RecordServiceInput!) { recordService(input: $i) { id } }`, {
      i: { volunteerId: v, startedAt: new Date(checkedInAt.getTime() - 600_000).toISOString(), endedAt: new Date().toISOString() },
    });
    expect(recorded.errors).toBeUndefined();
    const recordId = (recorded.data!.recordService as { id: string }).id;

    const refused = await h.gql(`mutation($a: ID!, $v: ID!) { checkOut(activityId: $a, volunteerId: $v) { checkedOutAt } }`, {
      a: activity.id,
      v,
    });
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.message).toContain(`overlap service record ${recordId}`);
    const [signup] = await h.sql<{ checked_out_at: Date | null }>(
      `SELECT checked_out_at FROM volunteers.activity_signup WHERE activity_id = $1 AND volunteer_id = $2`,
      [Number(activity.id), Number(v)],
    );
    expect(signup.checked_out_at).toBeNull();
    const [{ n }] = await h.sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM volunteers.service_record WHERE activity_id = $1 AND volunteer_id = $2`,
      [Number(activity.id), Number(v)],
    );
    expect(n).toBe(0);
  });

  it('hides the check-in code from volunteers', async () => {
    const activity = await publish(48, 3);
    const [v] = await volunteerIds(1);
    const res = await h.gql(
      `query($id: ID!) { activity(id: $id) { checkInCode signedUp } }`,
      { id: activity.id },
      { subject: 'v', role: 'VOLUNTEER', volunteerId: v },
    );
    expect(res.data!.activity).toEqual({ checkInCode: null, signedUp: 0 });
  });

  it('fails with a coded error, never a silent null, when whether to show the code cannot be decided', async () => {
    const activity = await publish(48, 3);
    // The caller's subtree cannot be looked up while the org subgraph's read model is away.
    await h.sql(`ALTER VIEW ${UNIT_TREE} RENAME TO unit_tree_away`);
    try {
      const res = await h.gql(`query($id: ID!) { activity(id: $id) { checkInCode } }`, { id: activity.id });
      expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['INTERNAL_SERVER_ERROR']);
      expect(res.errors?.[0]?.path).toEqual(['activity', 'checkInCode']);
    } finally {
      await h.sql(`ALTER VIEW org.unit_tree_away RENAME TO unit_tree`);
    }
  });
});
