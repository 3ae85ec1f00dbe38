import { describe, expect, it } from 'vitest';
import { chartData, defaultChartChoice, labelColumns, MAX_CHART_ITEMS, numberColumns } from '../../src/screens/analysis/result/chart-data';
import { resultTable, type ResultTable } from '../../src/screens/analysis/result/result-table';

const breakdown = resultTable({
  orgUnitByCode: {
    name: '会东县新时代文明实践中心',
    serviceHoursBreakdown: [
      { keys: [{ dimension: 'TOWNSHIP', key: '1', label: '铁柳镇' }], hours: 120, recordCount: 30, volunteerCount: 12 },
      { keys: [{ dimension: 'TOWNSHIP', key: '2', label: '野租乡' }], hours: 80.5, recordCount: 20, volunteerCount: null },
    ],
  },
})!;

describe('picking what a chart shows', () => {
  it('measures only columns whose every value is a number', () => {
    expect(numberColumns(breakdown)).toEqual(['hours', 'recordCount', 'volunteerCount']);
  });

  it('names the bars by text columns first, numbers after', () => {
    expect(labelColumns(breakdown)).toEqual(['keys.dimension', 'keys.key', 'keys.label', 'hours', 'recordCount', 'volunteerCount']);
  });

  it('starts from the first amount by the first name-like column', () => {
    expect(defaultChartChoice(breakdown)).toEqual({ kind: 'bar', labelColumn: 'keys.label', valueColumn: 'hours' });
  });

  it('skips ranks and ids when it picks the amount', () => {
    const top = resultTable({ topVolunteers: [{ rank: 1, hours: 30, volunteer: { volunteerNumber: 'V1', name: '张三' } }] })!;
    expect(defaultChartChoice(top)).toEqual({ kind: 'bar', labelColumn: 'volunteer.name', valueColumn: 'hours' });
  });

  it('has nothing to draw without a number column', () => {
    expect(defaultChartChoice(resultTable({ units: [{ name: '甲' }, { name: '乙' }] })!)).toBeUndefined();
  });

  it('makes one datum per row with a number, named by the label column', () => {
    expect(chartData(breakdown, { labelColumn: 'keys.label', valueColumn: 'volunteerCount' })).toEqual({
      data: [{ name: '铁柳镇', value: 12 }],
      omitted: 0,
    });
    expect(chartData(breakdown, { labelColumn: 'keys.label', valueColumn: 'hours' }).data).toEqual([
      { name: '铁柳镇', value: 120 },
      { name: '野租乡', value: 80.5 },
    ]);
  });

  it('names an empty label and a yes/no label in Chinese, and draws at most the first items', () => {
    const table: ResultTable = {
      path: ['rows'],
      columns: ['label', 'flag', 'n'],
      rows: Array.from({ length: MAX_CHART_ITEMS + 5 }, (_, i) => ({ label: i === 0 ? null : `第${i}项`, flag: i % 2 === 0, n: i })),
    };
    const { data, omitted } = chartData(table, { labelColumn: 'label', valueColumn: 'n' });
    expect(data).toHaveLength(MAX_CHART_ITEMS);
    expect(omitted).toBe(5);
    expect(data[0]).toEqual({ name: '（空）', value: 0 });
    expect(
      chartData(table, { labelColumn: 'flag', valueColumn: 'n' })
        .data.slice(0, 2)
        .map((d) => d.name),
    ).toEqual(['是', '否']);
  });
});
