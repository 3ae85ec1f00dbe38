import type { ChartOption } from './echarts-core';

/** A labelled figure: one bar, one slice, one point of a trend. */
export interface Datum {
  name: string;
  value: number;
}

/** The console's chart colours, in the order series take them. */
export const PALETTE = ['#c8102e', '#f59a23', '#1d6fd8', '#2fa36b', '#8b5cf6', '#0fb5ae', '#e85d75', '#7a8599'];

/** Bars, one per datum (horizontal when the names are long, as township names are). */
export function barOption(data: Datum[], { horizontal = false, unit = '' }: { horizontal?: boolean; unit?: string } = {}): ChartOption {
  const names = data.map((d) => d.name);
  const category = { type: 'category', data: names, axisLabel: { interval: 0, rotate: horizontal ? 0 : names.length > 6 ? 30 : 0 } };
  const value = { type: 'value', name: unit };
  return {
    color: PALETTE,
    tooltip: { trigger: 'axis' },
    grid: { left: horizontal ? 140 : 48, right: 24, top: 32, bottom: horizontal ? 24 : 64 },
    xAxis: horizontal ? value : category,
    yAxis: horizontal ? { ...category, inverse: true } : value,
    series: [{ type: 'bar', data: data.map((d) => d.value), label: { show: data.length <= 20, position: horizontal ? 'right' : 'top' } }],
  };
}

/** Slices of a whole, e.g. events by kind of place (五进). */
export function pieOption(data: Datum[]): ChartOption {
  return {
    color: PALETTE,
    tooltip: { trigger: 'item', formatter: '{b}：{c}（{d}%）' },
    legend: { bottom: 0, type: 'scroll' },
    series: [{ type: 'pie', radius: ['38%', '68%'], center: ['50%', '45%'], data, label: { formatter: '{b}\n{c}' } }],
  };
}

/** A line over time, e.g. events by month. */
export function lineOption(data: Datum[], { unit = '', area = true }: { unit?: string; area?: boolean } = {}): ChartOption {
  return {
    color: PALETTE,
    tooltip: { trigger: 'axis' },
    grid: { left: 48, right: 24, top: 32, bottom: 40 },
    xAxis: { type: 'category', data: data.map((d) => d.name), boundaryGap: false },
    yAxis: { type: 'value', name: unit },
    series: [{ type: 'line', smooth: true, data: data.map((d) => d.value), areaStyle: area ? { opacity: 0.15 } : undefined }],
  };
}

/** A figure against its target (目标完成度), as a gauge from 0 to the target. */
export function gaugeOption(name: string, value: number, target: number): ChartOption {
  const percent = target > 0 ? Math.round((value / target) * 1000) / 10 : 0;
  return {
    series: [
      {
        type: 'gauge',
        min: 0,
        max: 100,
        progress: { show: true, width: 14 },
        axisLine: { lineStyle: { width: 14 } },
        axisLabel: { show: false },
        splitLine: { show: false },
        axisTick: { show: false },
        pointer: { show: false },
        title: { offsetCenter: [0, '70%'], fontSize: 14 },
        detail: { valueAnimation: false, offsetCenter: [0, '10%'], fontSize: 26, formatter: `${percent}%` },
        data: [{ value: Math.min(percent, 100), name: `${name}（${value}/${target}）` }],
      },
    ],
  };
}
