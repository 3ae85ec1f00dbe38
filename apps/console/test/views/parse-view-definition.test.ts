import { describe, expect, it } from 'vitest';
import { newPanel } from '../../src/screens/views/definition/panel-defaults';
import { parseViewDefinition } from '../../src/screens/views/definition/parse-view-definition';
import { MAX_PANELS, serializeViewDefinition, type Panel } from '../../src/screens/views/definition/view-definition';

const stored = (panels: unknown[], extra: Record<string, unknown> = {}) => JSON.stringify({ version: 1, panels, ...extra });

describe('parseViewDefinition', () => {
  it('reads back what the console saved, unchanged and without repairs', () => {
    const panels: Panel[] = [
      { ...newPanel('headline', 'p1', { unitId: '1', unitName: '会东县新时代文明实践中心' }), title: '宣讲场次' },
      {
        ...newPanel('breakdown', 'p2', { campaignId: '1', campaignName: '会东县党史学习教育宣讲', from: '2021-03-01', to: '2021-12-31' }),
        options: { width: 'full', source: 'events', dimension: 'VENUE_TYPE', measure: 'audienceTotal', chart: 'pie' },
      } as Panel,
      newPanel('trend', 'p3'),
      newPanel('table', 'p4'),
      newPanel('top', 'p5'),
      newPanel('coverage', 'p6'),
    ];
    const text = serializeViewDefinition({ version: 1, panels });
    expect(parseViewDefinition(text)).toEqual({ definition: { version: 1, panels }, repairs: [] });
  });

  it('opens the seed view (panels with empty filters and no options) with the defaults of their kind', () => {
    const { definition, repairs } = parseViewDefinition(stored([{ id: 'p1', kind: 'headline', title: '宣讲场次', filters: {} }]));
    expect(repairs).toEqual([]);
    expect(definition.panels).toEqual([{ ...newPanel('headline', 'p1'), title: '宣讲场次' }]);
  });

  it.each([
    ['text that is not JSON', '{"panels": [', '看板定义不是有效的 JSON，已按空看板打开'],
    ['a JSON array', '[1, 2]', '看板定义不是 JSON 对象，已按空看板打开'],
    ['null', 'null', '看板定义不是 JSON 对象，已按空看板打开'],
    ['panels that are not a list', '{"version":1,"panels":{"p1":{}}}', '看板定义的面板列表无效，已按空看板打开'],
  ])('opens %s as an empty view and says so', (_, text, repair) => {
    expect(parseViewDefinition(text)).toEqual({ definition: { version: 1, panels: [] }, repairs: [repair] });
  });

  it('takes an empty object, or no panels at all, as an empty view without complaint', () => {
    expect(parseViewDefinition('{}')).toEqual({ definition: { version: 1, panels: [] }, repairs: [] });
    expect(parseViewDefinition({ panels: [] }).repairs).toEqual([]);
  });

  it('drops panels it cannot read or whose kind it does not know, naming them', () => {
    const { definition, repairs } = parseViewDefinition(stored(['headline', { id: 'x', kind: 'map' }, { kind: 'trend' }]));
    expect(definition.panels.map((p) => [p.id, p.kind])).toEqual([['p1', 'trend']]);
    expect(repairs).toEqual(['第 1 个面板无法读取，已忽略', '第 2 个面板的类型「map」无法识别，已忽略']);
  });

  it('gives missing or duplicate ids fresh ones, so every panel keeps its own figures', () => {
    const { definition, repairs } = parseViewDefinition(
      stored([{ id: 'p2', kind: 'headline' }, { id: 'p2', kind: 'trend', title: '趋势' }, { kind: 'table' }]),
    );
    expect(definition.panels.map((p) => p.id)).toEqual(['p2', 'p3', 'p4']);
    expect(repairs).toEqual(['面板「趋势」的设置（编号）无效，已改用默认值']);
  });

  it('repairs filters: numeric ids become text, impossible days are dropped, a reversed period is turned round', () => {
    const { definition, repairs } = parseViewDefinition(
      stored([
        {
          id: 'a',
          kind: 'headline',
          title: '甲',
          filters: { campaignId: 7, unitId: '12', unitName: ' 会东县 ', from: '2021-12-31', to: '2021-01-01' },
        },
        {
          id: 'b',
          kind: 'headline',
          title: '乙',
          filters: { campaignId: { id: 1 }, from: '2021-02-30', to: 'tomorrow', campaignName: '无编号' },
        },
        { id: 'c', kind: 'headline', title: '丙', filters: 'all' },
      ]),
    );
    expect(definition.panels.map((p) => p.filters)).toEqual([
      { campaignId: '7', unitId: '12', unitName: '会东县', from: '2021-01-01', to: '2021-12-31' },
      {},
      {},
    ]);
    expect(repairs).toEqual([
      '面板「乙」的设置（活动、统计期间、统计期间）无效，已改用默认值',
      '面板「丙」的设置（筛选条件）无效，已改用默认值',
    ]);
  });

  it('replaces invalid options by the defaults of the kind and keeps the valid ones', () => {
    const { definition, repairs } = parseViewDefinition(
      stored([
        {
          id: 'a',
          kind: 'breakdown',
          title: '分组',
          options: { source: 'serviceHours', dimension: 'FORMAT', measure: 'hours', chart: 'radar', width: 'full' },
        },
        { id: 'b', kind: 'headline', title: '头条', options: { metrics: ['events', 'likes'] } },
        { id: 'c', kind: 'top', title: '排行', options: { subject: 'volunteers', limit: 500, dimension: 'MONTH' } },
        { id: 'd', kind: 'table', title: '明细', options: 'big' },
      ]),
    );
    expect(definition.panels.map((p) => p.options)).toEqual([
      { width: 'full', source: 'serviceHours', dimension: 'TOWNSHIP', measure: 'hours', chart: 'bar' },
      { width: 'full', metrics: ['events', 'audience', 'volunteers', 'hours'] },
      { width: 'half', subject: 'volunteers', source: 'events', dimension: 'TOWNSHIP', measure: 'eventCount', limit: 10 },
      { width: 'full', pageSize: 10, order: 'latest' },
    ]);
    expect(repairs).toEqual([
      '面板「分组」的设置（分组维度、图表类型）无效，已改用默认值',
      '面板「头条」的设置（指标）无效，已改用默认值',
      '面板「排行」的设置（排行单位层级、名次数）无效，已改用默认值',
      '面板「明细」的设置（选项）无效，已改用默认值',
    ]);
  });

  it('fits a measure to its source: volunteers are counted, not hours', () => {
    const { definition } = parseViewDefinition(stored([{ id: 'a', kind: 'trend', options: { source: 'volunteers', measure: 'hours' } }]));
    expect(definition.panels[0].options).toMatchObject({ source: 'volunteers', measure: 'volunteerCount' });
  });

  it('trims titles, gives blank ones the default of the kind and cuts long ones', () => {
    const { definition } = parseViewDefinition(
      stored([
        { kind: 'coverage', title: '  覆盖  ' },
        { kind: 'coverage', title: '   ' },
        { kind: 'coverage', title: '长'.repeat(80) },
      ]),
    );
    expect(definition.panels.map((p) => p.title)).toEqual(['覆盖', '覆盖情况', '长'.repeat(40)]);
  });

  it(`keeps at most ${MAX_PANELS} panels: one batch of the gateway`, () => {
    const many = Array.from({ length: MAX_PANELS + 2 }, (_, i) => ({ id: `p${i + 1}`, kind: 'headline' }));
    const { definition, repairs } = parseViewDefinition(stored(many));
    expect(definition.panels).toHaveLength(MAX_PANELS);
    expect(repairs).toEqual([`一个看板最多 ${MAX_PANELS} 个面板，多出的 2 个已忽略`]);
  });

  it('reads a definition of a newer console as far as it can, and says so', () => {
    const { definition, repairs } = parseViewDefinition(stored([{ id: 'p1', kind: 'headline' }], { version: 2 }));
    expect(definition.panels).toHaveLength(1);
    expect(repairs).toEqual(['看板由较新版本的工作台保存（版本 2），部分设置可能无法显示']);
  });
});
