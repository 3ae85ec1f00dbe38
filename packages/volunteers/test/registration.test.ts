import { IDENTITY_HEADER, signIdentity, type Identity } from '@civic/runtime';
import { residentIdCheckChar, type RunningSubgraph } from '@civic/subgraph-kit';
import { postGraphQL, startSubgraphHarness, type SubgraphHarness } from '@civic/testing';
import { orgSubgraph } from '@civic/org';
import { volunteersSubgraph } from '../src';

let harness: SubgraphHarness;
let volunteers: RunningSubgraph;
let stationId: string;

beforeAll(async () => {
  harness = await startSubgraphHarness([orgSubgraph, volunteersSubgraph]);
  volunteers = harness.subgraphs.volunteers;
  const [row] = await sql<{ id: number }>(`SELECT id FROM org.org_unit WHERE code = '513426100001-SJZ'`);
  stationId = String(row.id);
}, 120000);
afterAll(() => harness?.stop());

const sql = <T>(text: string, params: unknown[] = []): Promise<T[]> => volunteers.database.dataSource.query(text, params);
const ADMIN: Identity = { subject: 'registrar', role: 'ADMIN' };
const REGISTER = `mutation($i: RegisterVolunteerInput!) { registerVolunteer(input: $i) { id name phone idNumber totalServiceHours starLevel homeUnit { id } } }`;
const register = (input: Record<string, unknown>, identity = ADMIN) =>
  postGraphQL<Record<string, any>>(
    volunteers.url,
    REGISTER,
    { i: { name: '李明', phone: '13912345678', homeUnitId: stationId, consent: true, ...input } },
    {
      [IDENTITY_HEADER]: signIdentity(identity),
    },
  );

function residentId(serial: number, birth = '19850612'): string {
  const first17 = `513426${birth}${String(serial).padStart(3, '0')}`;
  return first17 + residentIdCheckChar(first17);
}

describe('registering a volunteer (志愿者注册)', () => {
  it('stores the ID number only encrypted, with a keyed hash, and returns it masked', async () => {
    const idNumber = residentId(11);
    const res = await register({ idNumber });
    expect(res.errors).toBeUndefined();
    const v = res.data!.registerVolunteer;
    expect(v).toMatchObject({ name: '李明', phone: '13912345678', totalServiceHours: 0, starLevel: 0, homeUnit: { id: stationId } });
    expect(v.idNumber).toBe(`${idNumber.slice(0, 4)}**********${idNumber.slice(-4)}`);

    const [row] = await sql<Record<string, string>>(`SELECT * FROM volunteers.volunteer WHERE id = $1`, [Number(v.id)]);
    expect(JSON.stringify(row)).not.toContain(idNumber);
    expect(JSON.stringify(row)).not.toContain(idNumber.slice(6, 14));
    expect(row.id_number_cipher).toMatch(/^v1:/);
    expect(row.id_number_hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses the same ID number twice with CONFLICT, in whatever case the X is written', async () => {
    const first17 = '51342619901231002';
    const check = residentIdCheckChar(first17);
    const idNumber = first17 + check;
    expect((await register({ idNumber })).errors).toBeUndefined();
    const again = await register({ idNumber: ` ${idNumber.toLowerCase()} `, name: '李明二' });
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(again.errors?.[0]?.message).not.toContain(idNumber);
    const [{ n }] = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM volunteers.volunteer WHERE name = '李明二'`);
    expect(n).toBe(0);
  });

  it.each([
    ['a wrong check digit', { idNumber: residentId(12).slice(0, 17) + (residentId(12)[17] === '0' ? '1' : '0') }, /check digit/],
    ['an impossible birth date', { idNumber: residentId(13, '19850231') }, /date of birth/],
    ['a short ID number', { idNumber: '5134261985' }, /18 characters/],
    ['a landline phone', { idNumber: residentId(14), phone: '0834-5612345' }, /mobile/],
    ['an empty name', { idNumber: residentId(15), name: '   ' }, /name/],
    ['a malformed unit id', { idNumber: residentId(16), homeUnitId: 'x' }, /org unit/],
  ])('refuses %s with BAD_USER_INPUT and stores nothing', async (_label, input, message) => {
    const [{ n: before }] = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM volunteers.volunteer`);
    const res = await register(input);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toMatch(message);
    const [{ n: after }] = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM volunteers.volunteer`);
    expect(after).toBe(before);
  });

  it('answers NOT_FOUND for a home unit that does not exist', async () => {
    const res = await register({ idNumber: residentId(17), homeUnitId: '999999' });
    expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('writes the registration and its audit entry in one transaction', async () => {
    const res = await register({ idNumber: residentId(18) }, { subject: 'op-7', role: 'OPERATOR', orgUnitCode: '513426-ZX' });
    const id = res.data!.registerVolunteer.id;
    const entries = await sql<{ actor: string; role: string; action: string }>(
      `SELECT actor, role, action FROM audit.entry WHERE $1 = ANY(entity_ids) AND entity_type = 'Volunteer' AND action = 'registerVolunteer'`,
      [id],
    );
    expect(entries).toEqual([{ actor: 'op-7', role: 'OPERATOR', action: 'registerVolunteer' }]);
  });
});

describe('rules declared on RegisterVolunteerInput', () => {
  it.each([
    [
      'a landline phone',
      { idNumber: residentId(21), phone: '0834-5612345' },
      'input.phone',
      'phone must be an 11-digit mainland mobile number',
    ],
    [
      'a wrong check digit',
      { idNumber: residentId(22).slice(0, 17) + (residentId(22)[17] === '0' ? '1' : '0') },
      'input.idNumber',
      'idNumber check digit is wrong',
    ],
    [
      'a 15-digit legacy ID number',
      { idNumber: '513426850612001' },
      'input.idNumber',
      '15-digit first-generation ID numbers are no longer valid',
    ],
    ['a blank name', { idNumber: residentId(23), name: ' ' }, 'input.name', 'name must be 1 to 50 characters'],
    ['no consent', { idNumber: residentId(24), consent: false }, 'input.consent', 'consent must be true'],
    [
      'too many skills',
      { idNumber: residentId(25), skills: Array.from({ length: 11 }, (_, i) => `技能${i}`) },
      'input.skills',
      'skills: at most 10',
    ],
  ])('refuses %s with BAD_USER_INPUT naming the field, and stores nothing', async (_label, input, argument, message) => {
    const [{ n: before }] = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM volunteers.volunteer`);
    const res = await register(input);
    expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument }, message: expect.stringContaining(message) });
    expect(JSON.stringify(res.errors)).not.toMatch(/stacktrace|513426/);
    const [{ n: after }] = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM volunteers.volunteer`);
    expect(after).toBe(before);
  });
});
