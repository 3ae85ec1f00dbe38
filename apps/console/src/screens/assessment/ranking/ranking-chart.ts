import { PALETTE } from '../../../shared/charts/chart-options';
import type { ChartOption } from '../../../shared/charts/echarts-core';
import { formatPoints, type IndicatorColumn, type RankingRow } from './ranking-model';

/** Height of one unit's bar and the room around the bars (legend, axis). */
const ROW_HEIGHT = 28;
const FRAME_HEIGHT = 96;

/** How tall the chart must be for every unit's name to be read on its axis. */
export function rankingChartHeight(unitCount: number): number {
  return Math.max(240, unitCount * ROW_HEIGHT + FRAME_HEIGHT);
}

/**
 * 总得分构成: one horizontal bar per unit, best rank on top, stacked by indicator score so a reader
 * sees where each unit gained or lost; the total at the end of each bar.
 */
export function rankingChartOption(rows: readonly RankingRow[], columns: readonly IndicatorColumn[]): ChartOption {
  const totals = rows.map((row) => formatPoints(row.totalScore));
  const last = columns.length - 1;
  return {
    color: PALETTE,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (value: unknown) => `${formatPoints(Number(value))} 分` },
    legend: { top: 0, type: 'scroll' },
    grid: { left: 8, right: 56, top: 40, bottom: 16 },
    xAxis: { type: 'value', name: '分', max: rows[0]?.maxScore, splitLine: { lineStyle: { type: 'dashed' } } },
    yAxis: { type: 'category', inverse: true, data: rows.map((row) => `${row.rank}. ${row.shortName}`), axisLabel: { interval: 0 } },
    series: columns.map((column, index) => ({
      type: 'bar',
      name: column.label,
      stack: 'total',
      barMaxWidth: 20,
      emphasis: { focus: 'series' },
      data: rows.map((row) => row.scores[column.indicatorId] ?? 0),
      // The last segment carries the unit's total past the end of its bar.
      label:
        index === last
          ? { show: true, position: 'right', formatter: ({ dataIndex }: { dataIndex: number }) => totals[dataIndex] }
          : undefined,
    })),
  };
}
