import { createScratchDatabase, startSubgraphHarness, type SubgraphHarness } from '@civic/testing';
import { orgSubgraph } from '@civic/org';
import { UNIT_TREE } from '@civic/org-tree';
import { campaignsSubgraph } from '../src/subgraph';

let h: SubgraphHarness;
let centerId: string;

beforeAll(async () => {
  h = await startSubgraphHarness([orgSubgraph, campaignsSubgraph], { databaseUrl: await createScratchDatabase() });
  const [center] = await h.sql<{ id: number }>(`SELECT id FROM ${UNIT_TREE} WHERE code = '513426-ZX'`);
  centerId = String(center.id);
}, 120000);
afterAll(() => h?.stop());

const CREATE = `mutation($i: CreateCampaignInput!) { createCampaign(input: $i) { id name kind startsOn endsOn eventTarget organizer { id } stats { eventCount } } }`;
const count = async () => (await h.sql<{ n: number }>(`SELECT count(*)::int AS n FROM campaigns.campaign`))[0].n;

describe('creating a campaign (新建宣传活动)', () => {
  it('creates it with no events yet and an audit entry in the same transaction', async () => {
    const res = await h.gql<Record<string, any>>(CREATE, {
      i: {
        name: ' 2027年移风易俗宣讲 ',
        kind: 'CUSTOMS_REFORM',
        organizerId: centerId,
        startsOn: '2027-01-01',
        endsOn: '2027-12-31',
        eventTarget: 120,
      },
    });
    expect(res.errors).toBeUndefined();
    const campaign = res.data!.createCampaign;
    expect(campaign).toMatchObject({
      name: '2027年移风易俗宣讲',
      kind: 'CUSTOMS_REFORM',
      eventTarget: 120,
      organizer: { id: centerId },
      stats: { eventCount: 0 },
    });
    const audit = await h.sql<{ action: string }>(
      `SELECT action FROM audit.entry WHERE entity_type = 'Campaign' AND $1 = ANY(entity_ids)`,
      [campaign.id],
    );
    expect(audit).toEqual([{ action: 'createCampaign' }]);
  });

  it.each([
    ['an end before the start', { startsOn: '2027-05-01', endsOn: '2027-04-30' }, 'BAD_USER_INPUT', /endsOn/],
    ['a negative event target', { eventTarget: -1 }, 'BAD_USER_INPUT', /eventTarget/],
    ['an empty name', { name: '  ' }, 'BAD_USER_INPUT', /name/],
    ['an impossible date', { startsOn: '2027-02-30' }, 'BAD_USER_INPUT', /calendar date/],
    ['an organiser that does not exist', { organizerId: '999999' }, 'NOT_FOUND', /org unit 999999/],
  ])('refuses %s and stores nothing', async (_label, override, code, message) => {
    const before = await count();
    const res = await h.gql(CREATE, { i: { name: '红色电影放映', kind: 'RED_FILM', organizerId: centerId, ...override } });
    expect(res.errors?.[0]?.extensions?.code).toBe(code);
    expect(res.errors?.[0]?.message).toMatch(message);
    expect(await count()).toBe(before);
  });
});

describe('rules declared on CreateCampaignInput', () => {
  it.each([
    ['an end before the start', { startsOn: '2027-05-01', endsOn: '2027-04-30' }, 'input.endsOn', 'endsOn must not be before startsOn'],
    ['a negative event target', { eventTarget: -1 }, 'input.eventTarget', 'eventTarget must be 0 or more'],
    ['a blank name', { name: '  ' }, 'input.name', 'name must be 1 to 200 characters'],
    [
      'a description over 2000 characters',
      { description: '很'.repeat(2001) },
      'input.description',
      'description must be at most 2000 characters',
    ],
  ])('refuses %s with BAD_USER_INPUT naming the field, and stores nothing', async (_label, override, argument, message) => {
    const before = await count();
    const res = await h.gql(CREATE, { i: { name: '红色电影放映', kind: 'RED_FILM', organizerId: centerId, ...override } });
    expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument }, message: expect.stringContaining(message) });
    expect(JSON.stringify(res.errors)).not.toMatch(/stacktrace/);
    expect(await count()).toBe(before);
  });
});
