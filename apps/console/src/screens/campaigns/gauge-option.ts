import { gaugeOption } from '../../shared/charts/chart-options';
import type { ChartOption } from '../../shared/charts/echarts-core';
import type { Gauge } from './chart-data';

const GAUGE_COLOR = '#c8102e';
const WALL_GAUGE_COLOR = '#5cdbff';
const WALL_TRACK_COLOR = 'rgba(159, 194, 255, 0.2)';

/**
 * A target gauge laid out for a small card: the ring a little up and smaller, so the caption
 * (已开展/目标场次（720/700）) sits below the ring's open ends rather than across them.
 */
export function targetGaugeOption(gauge: Gauge, { wall = false }: { wall?: boolean } = {}): ChartOption {
  const base = gaugeOption(gauge.measure, gauge.value, gauge.target) as { series: Record<string, unknown>[] };
  return {
    ...base,
    color: [wall ? WALL_GAUGE_COLOR : GAUGE_COLOR],
    series: base.series.map((series) => ({
      ...series,
      radius: wall ? '96%' : '78%',
      center: wall ? ['50%', '55%'] : ['50%', '46%'],
      // On the wall the figure and caption are text beside the ring, in the wall's own type.
      title: wall ? { show: false } : { ...(series.title as object), offsetCenter: [0, '112%'] },
      detail: wall ? { show: false } : { ...(series.detail as object), offsetCenter: [0, '0%'] },
      // The dark theme draws the unreached part of the ring near black: a faint track instead.
      ...(wall && { axisLine: { lineStyle: { width: 14, color: [[1, WALL_TRACK_COLOR]] } } }),
    })),
  };
}
