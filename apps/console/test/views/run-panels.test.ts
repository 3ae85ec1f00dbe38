import { afterEach, describe, expect, it, vi } from 'vitest';
import { setTokenSource } from '../../src/api/graphql-client';
import { newPanel } from '../../src/screens/views/definition/panel-defaults';
import type { Panel } from '../../src/screens/views/definition/view-definition';
import { runPanels } from '../../src/screens/views/panels/run-panels';

interface Sent {
  headers: Record<string, string>;
  body: { query: string; variables: unknown }[];
}

/** The gateway as far as a batch goes: answers each operation in order with what `answer` gives. */
function fakeGateway(answer: (query: string, index: number) => unknown): Sent[] {
  const sent: Sent[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_url: string, init: RequestInit) => {
      const body = JSON.parse(String(init.body)) as Sent['body'];
      sent.push({ headers: init.headers as Record<string, string>, body });
      return new Response(JSON.stringify(body.map((op, i) => answer(op.query, i))), { status: 200 });
    }),
  );
  return sent;
}

afterEach(() => {
  vi.unstubAllGlobals();
  setTokenSource(() => null);
});

const unit = { id: '1', name: '会东县新时代文明实践中心' };
const panels: Panel[] = [
  newPanel('headline', 'p1', { unitId: '1' }),
  newPanel('breakdown', 'p2', { unitId: '1' }),
  { ...newPanel('top', 'p3', { unitId: '1' }), options: { ...newPanel('top', 'p3').options, subject: 'volunteers' } } as Panel,
  newPanel('coverage', 'p4', { unitId: '1' }),
];

describe('runPanels', () => {
  it('sends every panel of a view in one request, and a public view with no token and no names asked', async () => {
    setTokenSource(() => 'signed-in-token');
    const sent = fakeGateway((query) =>
      query.includes('campaignStats')
        ? {
            data: {
              orgUnit: {
                ...unit,
                campaignStats: { eventCount: 720, audienceTotal: 1, volunteerCount: 2 },
                volunteerStats: { serviceHours: 3 },
              },
            },
          }
        : query.includes('campaignEventBreakdown')
          ? { data: { orgUnit: { ...unit, campaignEventBreakdown: [] } } }
          : { data: { orgUnit: { ...unit, coverage: null } } },
    );
    const outcomes = await runPanels(panels, { anonymous: true }, { token: null });
    expect(sent).toHaveLength(1);
    expect(sent[0].body).toHaveLength(3);
    expect(sent[0].headers).not.toHaveProperty('authorization');
    expect(sent[0].body.some((op) => op.query.includes('topVolunteers'))).toBe(false);
    expect(outcomes.p1).toMatchObject({ state: 'ok', data: { kind: 'figures' } });
    expect(outcomes.p3).toEqual({ state: 'notice', message: '志愿者个人排行含个人信息，公开看板不显示' });
    expect(outcomes.p4).toEqual({ state: 'ok', data: { kind: 'coverage', unitName: unit.name, tiers: [] } });
  });

  it("keeps the other panels when one panel's operation fails, and tells why in Chinese", async () => {
    setTokenSource(() => 'signed-in-token');
    const sent = fakeGateway((query, index) =>
      index === 1
        ? { data: null, errors: [{ message: 'volunteers subgraph is down', extensions: { code: 'SUBGRAPH_UNAVAILABLE' } }] }
        : query.includes('campaignStats')
          ? {
              data: {
                orgUnit: {
                  ...unit,
                  campaignStats: { eventCount: 1, audienceTotal: 1, volunteerCount: 1 },
                  volunteerStats: { serviceHours: 1 },
                },
              },
            }
          : query.includes('topVolunteers')
            ? { data: { orgUnit: { ...unit, topVolunteers: [{ rank: 1, hours: 12.25, volunteer: { id: '9', name: '钱俊杰' } }] } } }
            : { data: { orgUnit: null } },
    );
    const outcomes = await runPanels(panels, { anonymous: false });
    expect(sent).toHaveLength(1);
    expect(sent[0].headers).toMatchObject({ authorization: 'Bearer signed-in-token' });
    expect(outcomes.p1.state).toBe('ok');
    expect(outcomes.p2).toEqual({ state: 'error', message: expect.stringContaining('volunteers subgraph is down') });
    expect(outcomes.p3).toEqual({
      state: 'ok',
      data: expect.objectContaining({ kind: 'ranking', entries: [{ rank: 1, name: '钱俊杰', value: 12.3 }] }),
    });
    expect(outcomes.p4).toEqual({ state: 'error', message: '所选阵地不存在' });
  });

  it('asks nothing when no panel has anything to ask', async () => {
    const sent = fakeGateway(() => ({ data: {} }));
    const outcomes = await runPanels([newPanel('headline', 'p1')], { anonymous: true });
    expect(sent).toHaveLength(0);
    expect(outcomes).toEqual({ p1: { state: 'notice', message: '请在面板设置中选择阵地范围' } });
  });
});
