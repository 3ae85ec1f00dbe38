import { describe, expect, it } from 'vitest';
import { rankingChartHeight, rankingChartOption } from '../../src/screens/assessment/ranking/ranking-chart';
import { formatPoints, indicatorColumns, rankingRows, type SchemeDetail } from '../../src/screens/assessment/ranking/ranking-model';

type Part = Record<string, any>;

const KIND_LABELS = [
  { value: 'EVENTS_PER_STATION_MONTH', label: '站均月均活动场次' },
  { value: 'TRAINING_ATTENDANCE', label: '培训出勤率' },
];

const indicators = [
  { id: '1', kind: 'EVENTS_PER_STATION_MONTH', weight: 20 },
  { id: '7', kind: 'TRAINING_ATTENDANCE', weight: 12.5 },
] as const;

const result = (rank: number, id: string, name: string, events: number, training: number): SchemeDetail['ranking'][number] => ({
  rank,
  totalScore: Math.round((events + training) * 100) / 100,
  maxScore: 32.5,
  unit: { id, name },
  indicators: [
    { value: 0.4, numerator: 56, denominator: 132, score: events, indicator: { id: '1' } },
    { value: 0.82, numerator: 41, denominator: 50, score: training, indicator: { id: '7' } },
  ],
});

// As the API may answer them: not necessarily in rank order; ties share a rank.
const ranking = [
  result(3, '46', '满银沟镇新时代文明实践所', 10, 5),
  result(1, '34', '会东街道新时代文明实践所', 16.97, 12.95),
  result(2, '37', '姜州镇新时代文明实践所', 16.67, 12.5),
];

describe('the ranking’s columns and rows', () => {
  it('names each indicator column in Chinese with its weight, in the scheme’s order', () => {
    expect(indicatorColumns(indicators, KIND_LABELS).map((c) => c.title)).toEqual(['站均月均活动场次 (20分)', '培训出勤率 (12.5分)']);
    // A kind the vocabulary does not know yet keeps its code rather than vanishing.
    expect(indicatorColumns([{ id: '9', kind: 'ORDER_RATING', weight: 5 }], KIND_LABELS)[0].title).toBe('ORDER_RATING (5分)');
  });

  it('puts the units in rank order, each indicator’s score under its indicator', () => {
    const rows = rankingRows(ranking);
    expect(rows.map((r) => [r.rank, r.shortName, r.totalScore])).toEqual([
      [1, '会东街道', 29.92],
      [2, '姜州镇', 29.17],
      [3, '满银沟镇', 15],
    ]);
    expect(rows[0].scores).toEqual({ '1': 16.97, '7': 12.95 });
    expect(rows[0].results['1']).toMatchObject({ numerator: 56, denominator: 132 });
  });

  it('writes points without trailing zeros', () => {
    expect([20, 12.5, 0.3333, 79.56].map(formatPoints)).toEqual(['20', '12.5', '0.33', '79.56']);
  });
});

describe('the chart of totals by indicator', () => {
  const rows = rankingRows(ranking);
  const option = rankingChartOption(rows, indicatorColumns(indicators, KIND_LABELS)) as Part;

  it('stacks one series per indicator on one bar per unit, best rank on top', () => {
    expect(option.yAxis).toMatchObject({ type: 'category', inverse: true, data: ['1. 会东街道', '2. 姜州镇', '3. 满银沟镇'] });
    expect(option.series.map((s: Part) => [s.name, s.stack, s.data])).toEqual([
      ['站均月均活动场次', 'total', [16.97, 16.67, 10]],
      ['培训出勤率', 'total', [12.95, 12.5, 5]],
    ]);
    expect(option.xAxis.max).toBe(32.5);
  });

  it('writes each unit’s total at the end of its bar, once', () => {
    expect(option.series[0].label).toBeUndefined();
    const label = option.series[1].label;
    expect(label.position).toBe('right');
    expect([0, 1, 2].map((dataIndex) => label.formatter({ dataIndex }))).toEqual(['29.92', '29.17', '15']);
  });

  it('grows with the number of units so that every name is read', () => {
    expect(rankingChartHeight(19)).toBeGreaterThan(rankingChartHeight(10));
    expect(rankingChartHeight(1)).toBe(240);
  });
});
