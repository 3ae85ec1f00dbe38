import type { ChartOption } from '../../shared/charts/echarts-core';

/** Type sizes of the wall screen (大屏), read from across a meeting room. */
const WALL_FONT = 18;
const WALL_GAUGE_FONT = 30;

type Part = Record<string, unknown>;

/**
 * A console chart's option restyled for the wall: larger axis labels, legends and value labels
 * (ECharts sets 12 px on each of them, so a global text size would not reach them).
 */
export function wallOption(option: ChartOption): ChartOption {
  const o = option as Part;
  return {
    ...o,
    textStyle: { fontSize: WALL_FONT },
    legend: o.legend ? { ...(o.legend as Part), textStyle: { fontSize: WALL_FONT } } : undefined,
    xAxis: withAxisFont(o.xAxis),
    yAxis: withAxisFont(o.yAxis),
    series: ((o.series as Part[] | undefined) ?? []).map(withSeriesFont),
  };
}

function withAxisFont(axis: unknown): unknown {
  if (!axis || typeof axis !== 'object') return axis;
  const a = axis as Part;
  return { ...a, axisLabel: { ...(a.axisLabel as Part), fontSize: WALL_FONT - 2 }, nameTextStyle: { fontSize: WALL_FONT - 2 } };
}

function withSeriesFont(series: Part): Part {
  if (series.type === 'gauge') {
    return {
      ...series,
      title: { ...(series.title as Part), fontSize: WALL_FONT, color: '#9fc2ff' },
      detail: { ...(series.detail as Part), fontSize: WALL_GAUGE_FONT, color: '#5cdbff' },
    };
  }
  return { ...series, label: { ...(series.label as Part), fontSize: WALL_FONT - 2 } };
}
