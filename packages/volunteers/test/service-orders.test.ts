import type { Identity } from '@civic/runtime';
import { createScratchDatabase, startSubgraphHarness, type SubgraphHarness } from '@civic/testing';
import { orgSubgraph } from '@civic/org';
import { UNIT_TREE } from '@civic/org-tree';
import { volunteersSubgraph } from '../src';

let h: SubgraphHarness;
let station: string;
let teamId: string;
let otherTeamId: string;

beforeAll(async () => {
  h = await startSubgraphHarness([orgSubgraph, volunteersSubgraph], { databaseUrl: await createScratchDatabase() });
  const [row] = await h.sql<{ id: number; team: number }>(
    `SELECT s.id, t.id AS team FROM ${UNIT_TREE} s JOIN volunteers.volunteer_team t ON t.org_unit_id = s.id WHERE s.name = '政通路社区新时代文明实践站'`,
  );
  station = String(row.id);
  teamId = String(row.team);
  otherTeamId = '1';
}, 120000);
afterAll(() => h?.stop());

const ORDER = `mutation($i: CreateServiceRequestInput!) { createServiceRequest(input: $i) { id status } }`;
const STEP: Record<string, string> = {
  dispatch: `mutation($id: ID!) { dispatchServiceRequest(id: $id, teamId: "TEAM") { status assignedTeam { id } } }`,
  reassign: `mutation($id: ID!) { reassignServiceRequest(id: $id, teamId: "OTHER") { status assignedTeam { id } } }`,
  reject: `mutation($id: ID!) { rejectServiceRequest(id: $id, reason: "人手不足") { status } }`,
  accept: `mutation($id: ID!) { acceptServiceRequest(id: $id) { status } }`,
  complete: `mutation($id: ID!) { completeServiceRequest(id: $id) { status } }`,
  rate: `mutation($id: ID!) { rateServiceRequest(id: $id, rating: 5, comment: "很满意") { status rating } }`,
  cancel: `mutation($id: ID!) { cancelServiceRequest(id: $id) { status } }`,
};
const ALLOWED: Record<string, string[]> = {
  ORDERED: ['dispatch', 'cancel'],
  DISPATCHED: ['reassign', 'reject', 'accept', 'cancel'],
  ACCEPTED: ['complete', 'cancel'],
  COMPLETED: ['rate'],
  RATED: [],
  CANCELLED: [],
};
const PATH: Record<string, string[]> = {
  ORDERED: [],
  DISPATCHED: ['dispatch'],
  ACCEPTED: ['dispatch', 'accept'],
  COMPLETED: ['dispatch', 'accept', 'complete'],
  RATED: ['dispatch', 'accept', 'complete', 'rate'],
  CANCELLED: ['cancel'],
};

async function step(id: string, name: string, identity?: Identity) {
  return h.gql(STEP[name].replace('TEAM', teamId).replace('OTHER', otherTeamId), { id }, identity);
}

async function orderIn(status: string): Promise<string> {
  const res = await h.gql(ORDER, { i: { title: '独居老人送餐', orgUnitId: station } });
  const id = res.data!.createServiceRequest.id;
  for (const name of PATH[status]) expect((await step(id, name)).errors).toBeUndefined();
  return id;
}

describe('the order flow (群众点单 → 中心派单 → 志愿者接单 → 群众评单)', () => {
  it('goes from order to rating, keeping every step with who and when', async () => {
    const id = await orderIn('RATED');
    const res = await h.gql(
      `query($id: ID!) { serviceRequest(id: $id) { status rating assignedTeam { id } steps { action fromStatus toStatus actor actorRole at } } }`,
      { id },
    );
    const order = res.data!.serviceRequest;
    expect(order).toMatchObject({ status: 'RATED', rating: 5, assignedTeam: { id: teamId } });
    expect(order.steps.map((s: { action: string }) => s.action)).toEqual(['order', 'dispatch', 'accept', 'complete', 'rate']);
    expect(order.steps[1]).toMatchObject({ fromStatus: 'ORDERED', toStatus: 'DISPATCHED', actor: 'test-admin', actorRole: 'ADMIN' });
  });

  it.each(Object.keys(ALLOWED))('refuses every step not allowed from %s with CONFLICT naming the status', async (status) => {
    const refused = Object.keys(STEP).filter((name) => !ALLOWED[status].includes(name));
    for (const name of refused) {
      const id = await orderIn(status);
      const res = await step(id, name);
      expect([name, res.errors?.[0]?.extensions?.code]).toEqual([name, 'CONFLICT']);
      expect(res.errors?.[0]?.message).toContain(`is ${status}`);
      const [{ s }] = await h.sql<{ s: string }>(`SELECT status AS s FROM volunteers.service_request WHERE id = $1`, [Number(id)]);
      expect(s).toBe(status);
    }
  });

  it('sends a rejected order back to the queue and lets the center reassign', async () => {
    const id = await orderIn('DISPATCHED');
    expect((await step(id, 'reassign')).data!.reassignServiceRequest).toEqual({ status: 'DISPATCHED', assignedTeam: { id: otherTeamId } });
    expect((await step(id, 'reject')).data!.rejectServiceRequest.status).toBe('ORDERED');
    expect((await step(id, 'dispatch')).data!.dispatchServiceRequest.status).toBe('DISPATCHED');
  });

  it('lets a member of the assigned team accept, and no other volunteer', async () => {
    const id = await orderIn('DISPATCHED');
    const [member] = await h.sql<{ id: number }>(
      `SELECT id FROM volunteers.volunteer WHERE home_unit_id = $1
       AND id NOT IN (SELECT volunteer_id FROM volunteers.team_membership WHERE team_id = $2 AND left_on IS NULL) ORDER BY id LIMIT 1`,
      [Number(station), Number(teamId)],
    );
    const joined = await h.gql(`mutation($v: ID!, $t: ID!) { joinTeam(volunteerId: $v, teamId: $t) { memberCount } }`, {
      v: String(member.id),
      t: teamId,
    });
    expect(joined.errors).toBeUndefined();
    const [stranger] = await h.sql<{ id: number }>(
      `SELECT id FROM volunteers.volunteer WHERE id NOT IN (SELECT volunteer_id FROM volunteers.team_membership WHERE team_id = $1) LIMIT 1`,
      [Number(teamId)],
    );
    const as = (v: number): Identity => ({ subject: `v${v}`, role: 'VOLUNTEER', volunteerId: String(v) });
    expect((await step(id, 'accept', as(stranger.id))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await step(id, 'accept', as(member.id))).data!.acceptServiceRequest.status).toBe('ACCEPTED');
  });

  it('refuses a rating outside 1–5', async () => {
    const id = await orderIn('COMPLETED');
    const res = await h.gql(`mutation($id: ID!) { rateServiceRequest(id: $id, rating: 6) { status } }`, { id });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('holds demo orders in every status', async () => {
    const rows = await h.sql<{ status: string }>(`SELECT DISTINCT status FROM volunteers.service_request`);
    expect(rows.map((r) => r.status).sort()).toEqual(['ACCEPTED', 'CANCELLED', 'COMPLETED', 'DISPATCHED', 'ORDERED', 'RATED']);
  });
});
