import type { ChartOption } from '../../shared/charts/echarts-core';

type Part = Record<string, unknown>;

/** The widest a bar gets: one station's single bar should not fill the card. */
const BAR_MAX_WIDTH = 48;

/**
 * A chart of counts (场次): its value axis goes up in whole numbers (no 0.2 场 ticks when a station
 * held one event), and its bars keep a sensible width however few they are.
 */
export function asCountChart(option: ChartOption): ChartOption {
  const o = option as Part;
  const whole = (axis: unknown) =>
    axis && typeof axis === 'object' && (axis as Part).type === 'value' ? { ...(axis as Part), minInterval: 1 } : axis;
  const series = ((o.series as Part[] | undefined) ?? []).map((s) => (s.type === 'bar' ? { ...s, barMaxWidth: BAR_MAX_WIDTH } : s));
  return { ...o, xAxis: whole(o.xAxis), yAxis: whole(o.yAxis), series };
}
