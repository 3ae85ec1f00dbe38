import { useMemo } from 'react';
import { barOption, lineOption, pieOption } from '../../../shared/charts/chart-options';
import { EChart } from '../../../shared/charts/echart';
import type { ChartOption } from '../../../shared/charts/echarts-core';
import type { ChartType } from '../definition/view-definition';
import type { SeriesData } from '../panels/panel-data';
import { PanelNotice } from './panel-notice';

function chartOption(chart: ChartType, data: SeriesData): ChartOption {
  // A pie of many empty slices only crowds the labels of the others.
  if (chart === 'pie') return pieOption(data.data.filter((d) => d.value > 0));
  // Room on the right for the last month's label, which a line without gaps puts on the edge.
  if (chart === 'line') return { ...lineOption(data.data, { unit: data.unit }), grid: { left: 56, right: 48, top: 40, bottom: 40 } };
  const horizontal = data.data.length > 8 || data.data.some((d) => d.name.length > 6);
  return barOption(data.data, { horizontal, unit: data.unit });
}

/** The wall's palette starts with its cyan; its text is large enough to read from across the room; nothing moves but the figures. */
const WALL_PALETTE = ['#5cdbff', '#f59a23', '#2fa36b', '#e85d75', '#8b5cf6', '#0fb5ae', '#c8102e', '#7a8599'];
const WALL_TEXT = { fontSize: 18 };

function forTheWall(option: ChartOption): ChartOption {
  const larger = (part: unknown) =>
    part
      ? {
          ...part,
          axisLabel: { ...((part as { axisLabel?: object }).axisLabel ?? {}), ...WALL_TEXT },
          nameTextStyle: WALL_TEXT,
        }
      : part;
  // No animation: a refresh every minute would replay it all night long.
  const wall: ChartOption = { ...option, color: WALL_PALETTE, textStyle: WALL_TEXT, animation: false };
  if (option.legend) wall.legend = { ...option.legend, textStyle: WALL_TEXT };
  if (option.xAxis) wall.xAxis = larger(option.xAxis);
  if (option.yAxis) wall.yAxis = larger(option.yAxis);
  return wall;
}

export interface SeriesChartProps {
  data: SeriesData;
  chart: ChartType;
  title: string;
  theme?: 'dark';
  height: number;
}

/** A breakdown or trend as bars, a pie or a line; long unit names lay the bars on their side. */
export function SeriesChart({ data, chart, title, theme, height }: SeriesChartProps) {
  const option = useMemo(() => {
    const base = chartOption(chart, data);
    // Read from across the room: the wall's charts take the wall's large type.
    return theme === 'dark' ? forTheWall(base) : base;
  }, [chart, data, theme]);
  if (data.data.length === 0) return <PanelNotice>所选范围和期间内没有数据</PanelNotice>;
  const summary = data.data
    .slice(0, 12)
    .map((d) => `${d.name} ${d.value}`)
    .join('，');
  return (
    <EChart option={option} theme={theme} style={{ height }} ariaLabel={`${title}：${data.measureLabel}（${data.unit}），${summary}`} />
  );
}
