import { forwardRef, useEffect, useImperativeHandle, useRef, type CSSProperties } from 'react';
import { echarts, type ChartOption } from './echarts-core';

export interface EChartHandle {
  /** The chart as a PNG data URL (white or dark background as drawn). */
  toPng(): string | undefined;
}

export interface EChartProps {
  option: ChartOption;
  style?: CSSProperties;
  /** 'dark' on the wall screen. */
  theme?: 'dark';
  /** A click on a data item: its name (a township, a month, a kind of place) and index. */
  onItemClick?(item: { name: string; dataIndex: number; seriesIndex: number }): void;
  /** Read by screen readers: what the chart shows. */
  ariaLabel: string;
}

/**
 * One ECharts instance per mounted chart, kept across data changes (setOption replaces the option):
 * a wall screen refreshing every minute overnight neither re-creates charts nor leaks them.
 */
export const EChart = forwardRef<EChartHandle, EChartProps>(function EChart({ option, style, theme, onItemClick, ariaLabel }, ref) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const clickHandler = useRef(onItemClick);
  clickHandler.current = onItemClick;

  useEffect(() => {
    const instance = echarts.init(element.current, theme, { renderer: 'canvas' });
    chart.current = instance;
    instance.on('click', (params) => {
      const p = params as { name?: string; dataIndex?: number; seriesIndex?: number };
      clickHandler.current?.({ name: p.name ?? '', dataIndex: p.dataIndex ?? 0, seriesIndex: p.seriesIndex ?? 0 });
    });
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element.current!);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, [theme]);

  useEffect(() => {
    chart.current?.setOption({ aria: { enabled: true }, backgroundColor: 'transparent', ...option }, { notMerge: true });
  }, [option, theme]);

  useImperativeHandle(ref, () => ({
    toPng: () => chart.current?.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: theme === 'dark' ? '#0b1a33' : '#ffffff' }),
  }));

  return <div ref={element} role="img" aria-label={ariaLabel} style={{ width: '100%', height: 320, ...style }} />;
});
