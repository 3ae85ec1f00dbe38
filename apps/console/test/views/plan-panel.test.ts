import { describe, expect, it } from 'vitest';
import { operationName } from '../../src/api/use-graphql';
import { newPanel } from '../../src/screens/views/definition/panel-defaults';
import type { Panel } from '../../src/screens/views/definition/view-definition';
import { planPanel } from '../../src/screens/views/panels/plan-panel';
import type { PanelContext, PanelPlan, RunPlan } from '../../src/screens/views/panels/plan-types';

const STAFF: PanelContext = { anonymous: false, fallbackUnitId: '1' };
const PUBLIC: PanelContext = { anonymous: true };
const HUIDONG = { unitId: '1', unitName: '会东县新时代文明实践中心' };
const LECTURES = { campaignId: '1', campaignName: '会东县党史学习教育宣讲' };

function run(plan: PanelPlan): RunPlan {
  if (plan.kind !== 'run') throw new Error(`expected an operation, got the notice ${plan.message}`);
  return plan;
}

function asked(plan: PanelPlan): { name: string; variables: unknown } {
  const { operation } = run(plan);
  return { name: operationName(operation.document), variables: operation.variables };
}

function panel<P extends Panel>(base: P, options: Partial<P['options']> = {}): P {
  return { ...base, options: { ...base.options, ...options } };
}

describe('what each panel asks the API', () => {
  it('headline figures of a unit: its campaign stats, and its service hours only when shown', () => {
    const headline = newPanel('headline', 'p1', { ...HUIDONG, from: '2021-01-01', to: '2021-12-31' });
    expect(asked(planPanel(headline, STAFF))).toEqual({
      name: 'ConsoleViewHeadline',
      variables: { unitId: '1', campaignId: null, from: '2021-01-01', to: '2021-12-31', withHours: true },
    });
    const noHours = panel(headline as Extract<Panel, { kind: 'headline' }>, { metrics: ['events'] });
    expect(asked(planPanel(noHours, STAFF)).variables).toMatchObject({ withHours: false });
  });

  it('headline figures of a campaign come with its targets, shown only for the organiser', () => {
    const plan = run(planPanel(newPanel('headline', 'p1', { ...HUIDONG, ...LECTURES }), STAFF));
    expect(operationName(plan.operation.document)).toBe('ConsoleViewCampaignHeadline');
    const answer = (organizerId: string) => ({
      orgUnit: {
        id: '1',
        name: '会东县新时代文明实践中心',
        campaignStats: { eventCount: 720, audienceTotal: 36000, volunteerCount: 90 },
        volunteerStats: { serviceHours: 1234.56 },
      },
      campaign: { id: '1', name: '宣讲', eventTarget: 700, audienceTarget: null, organizer: { id: organizerId } },
    });
    expect(plan.read(answer('1'))).toEqual({
      kind: 'figures',
      unitName: '会东县新时代文明实践中心',
      figures: [
        { label: '活动场次', unit: '场', value: 720, note: '目标 700场 · 完成 102.9%' },
        { label: '受众人次', unit: '人次', value: 36000 },
        { label: '参与志愿者', unit: '人', value: 90 },
        { label: '志愿服务时长', unit: '小时', value: 1234.6, note: '全部志愿服务，不分活动' },
      ],
    });
    const township = plan.read(answer('99'));
    expect(township.kind === 'figures' && township.figures.filter((f) => f.note?.startsWith('目标'))).toEqual([]);
  });

  it('a panel without its own scope counts the view owner unit; with none known it asks nothing', () => {
    expect(asked(planPanel(newPanel('headline', 'p1'), STAFF)).variables).toMatchObject({ unitId: '1' });
    expect(planPanel(newPanel('headline', 'p1'), PUBLIC)).toEqual({ kind: 'notice', message: '请在面板设置中选择阵地范围' });
  });

  it.each([
    ['events', 'VENUE_TYPE', 'audienceTotal', 'ConsoleViewEventBreakdown', { campaignId: '1', withVolunteers: false }],
    ['events', 'TOWNSHIP', 'volunteerCount', 'ConsoleViewEventBreakdown', { campaignId: '1', withVolunteers: true }],
    ['serviceHours', 'POLITICAL_STATUS', 'hours', 'ConsoleViewServiceHoursBreakdown', {}],
    ['volunteers', 'GENDER', 'volunteerCount', 'ConsoleViewVolunteerBreakdown', {}],
    ['training', 'AUDIENCE', 'participantCount', 'ConsoleViewTrainingBreakdown', {}],
  ] as const)('a breakdown of %s by %s asks %s', (source, dimension, measure, name, extra) => {
    const breakdown = panel(newPanel('breakdown', 'p1', { ...HUIDONG, ...LECTURES }) as Extract<Panel, { kind: 'breakdown' }>, {
      source,
      dimension,
      measure,
    });
    const { name: asks, variables } = asked(planPanel(breakdown, PUBLIC));
    expect(asks).toBe(name);
    expect(variables).toMatchObject({ unitId: '1', dimension, skipEmptyUnits: false, from: null, to: null, ...extra });
    // Only events belong to a campaign.
    if (source !== 'events') expect(variables).not.toHaveProperty('campaignId');
  });

  it('a trend runs along the source month: MONTH, or REGISTRATION_MONTH for volunteers, in calendar order', () => {
    const trend = (source: 'events' | 'volunteers') =>
      panel(newPanel('trend', 'p1', HUIDONG) as Extract<Panel, { kind: 'trend' }>, { source, measure: 'volunteerCount' });
    expect(asked(planPanel(trend('events'), STAFF)).variables).toMatchObject({ dimension: 'MONTH' });
    const plan = run(planPanel(trend('volunteers'), STAFF));
    expect(plan.operation.variables).toMatchObject({ dimension: 'REGISTRATION_MONTH' });
    const cells = ['2021-10', '2021-01', '2021-02'].map((key, i) => ({
      keys: [{ key, label: `2021年${Number(key.slice(5))}月` }],
      volunteerCount: i,
    }));
    expect(plan.read({ orgUnit: { id: '1', name: '会东县', volunteerBreakdown: cells } })).toEqual({
      kind: 'series',
      unitName: '会东县',
      measureLabel: '志愿者人数',
      unit: '人',
      data: [
        { name: '2021年1月', value: 1 },
        { name: '2021年2月', value: 2 },
        { name: '2021年10月', value: 0 },
      ],
    });
  });

  it('a ranking of townships leaves out events held above them and keeps the top ones, largest first', () => {
    const top = panel(newPanel('top', 'p1', HUIDONG) as Extract<Panel, { kind: 'top' }>, { limit: 2 });
    const plan = run(planPanel(top, PUBLIC));
    expect(plan.operation.variables).toMatchObject({ dimension: 'TOWNSHIP', skipEmptyUnits: true });
    const cell = (key: string, label: string, eventCount: number) => ({ keys: [{ key, label }], eventCount, audienceTotal: 0 });
    const answer = {
      orgUnit: {
        id: '1',
        name: '会东县',
        campaignEventBreakdown: [cell('NONE', '县级', 99), cell('3', '铅锌镇', 5), cell('4', '姜州镇', 12), cell('5', '堵格镇', 7)],
      },
    };
    expect(plan.read(answer)).toMatchObject({
      kind: 'ranking',
      entries: [
        { rank: 1, name: '姜州镇', value: 12 },
        { rank: 2, name: '堵格镇', value: 7 },
      ],
    });
  });

  it('a ranking of volunteers (names: personal data) is asked for staff only, over Beijing days', () => {
    const top = panel(newPanel('top', 'p1', { ...HUIDONG, from: '2021-01-01', to: '2021-06-30' }) as Extract<Panel, { kind: 'top' }>, {
      subject: 'volunteers',
      limit: 5,
    });
    expect(planPanel(top, PUBLIC)).toEqual({ kind: 'notice', message: '志愿者个人排行含个人信息，公开看板不显示' });
    expect(asked(planPanel(top, STAFF))).toEqual({
      name: 'ConsoleViewTopVolunteers',
      variables: { unitId: '1', first: 5, from: '2020-12-31T16:00:00.000Z', to: '2021-06-30T16:00:00.000Z' },
    });
  });

  it('the event table lists a campaign subtree newest (or largest) first, with Chinese labels of formats and places', () => {
    const table = panel(newPanel('table', 'p1', { ...HUIDONG, ...LECTURES, from: '2021-03-01' }) as Extract<Panel, { kind: 'table' }>, {
      order: 'audience',
      pageSize: 20,
    });
    const plan = run(planPanel(table, PUBLIC));
    expect(plan.operation.variables).toEqual({
      filter: { campaignId: '1', hostSubtreeOf: '1', heldFrom: '2021-03-01', heldTo: null },
      first: 20,
      orderBy: { field: 'AUDIENCE_COUNT', direction: 'DESC' },
    });
    const node = {
      id: '7',
      title: '党史宣讲进村',
      heldAt: '2021-05-01T02:00:00Z',
      format: 'FIRESIDE_CHAT',
      venueType: 'VILLAGE',
      place: null,
      audienceCount: 80,
      host: { id: '3', name: '铅锌镇实践所' },
      campaign: { id: '1', name: '宣讲' },
    };
    const vocabulary = { eventFormat: [{ value: 'FIRESIDE_CHAT', label: '火塘夜话' }], venueType: [{ value: 'VILLAGE', label: '进农村' }] };
    expect(plan.read({ campaignEvents: { totalCount: 720, edges: [{ node }] }, vocabulary })).toEqual({
      kind: 'rows',
      totalCount: 720,
      rows: [
        {
          id: '7',
          title: '党史宣讲进村',
          heldAt: '2021-05-01T02:00:00Z',
          format: '火塘夜话',
          venueType: '进农村',
          place: '',
          audienceCount: 80,
          hostName: '铅锌镇实践所',
          campaignName: '宣讲',
        },
      ],
    });
  });

  it('coverage asks the units without events only for a campaign', () => {
    const coverage = newPanel('coverage', 'p1', { ...HUIDONG, to: '2021-12-31' });
    expect(asked(planPanel(coverage, PUBLIC))).toEqual({ name: 'ConsoleViewCoverage', variables: { unitId: '1', asOf: '2021-12-31' } });
    expect(asked(planPanel({ ...coverage, filters: { ...coverage.filters, ...LECTURES } }, PUBLIC))).toEqual({
      name: 'ConsoleViewCampaignCoverage',
      variables: { unitId: '1', campaignId: '1', asOf: '2021-12-31', from: null, to: '2021-12-31', level: 'STATION' },
    });
  });

  it('a unit the API no longer finds fails that panel with a message in Chinese', () => {
    const plan = run(planPanel(newPanel('coverage', 'p1', HUIDONG), STAFF));
    expect(() => plan.read({ orgUnit: null })).toThrow('所选阵地不存在');
  });
});
