import { forwardRef, useEffect, useImperativeHandle, useRef, type CSSProperties } from 'react';
import { echarts, type ChartOption } from './echarts-core';

/** The page's own font (the self-hosted Chinese web font first): canvas text would otherwise fall back to the system's. */
function pageFontFamily(): string {
  return getComputedStyle(document.body).fontFamily || 'sans-serif';
}

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
  const drawn = useRef<ChartOption | null>(null);

  useEffect(() => {
    const instance = echarts.init(element.current, theme, { renderer: 'canvas' });
    chart.current = instance;
    instance.on('click', (params) => {
      const p = params as { name?: string; dataIndex?: number; seriesIndex?: number };
      clickHandler.current?.({ name: p.name ?? '', dataIndex: p.dataIndex ?? 0, seriesIndex: p.seriesIndex ?? 0 });
    });
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element.current!);
    if (drawn.current) instance.setOption(drawn.current, { notMerge: true });
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, [theme]);

  useEffect(() => {
    const fontFamily = pageFontFamily();
    const full = {
      aria: { enabled: true },
      backgroundColor: 'transparent',
      ...option,
      textStyle: { fontFamily, ...option.textStyle },
    };
    let current = true;
    const draw = () => {
      if (!current) return;
      drawn.current = full;
      chart.current?.setOption(full, { notMerge: true });
    };
    // Canvas text does not wait for a web font, whose Chinese glyphs come in subsets: load the
    // subsets the chart's words need first (at once when they are already there), else it is
    // drawn, and measured, in a fallback font.
    // Only the distinct characters beyond ASCII: FontFaceSet.check over a whole option's JSON walked
    // every face slice per character and blocked the page for seconds on a county's figures.
    const text = [...new Set(JSON.stringify(option))].filter((c) => c.charCodeAt(0) > 127).join('') || 'a';
    const fonts = typeof document.fonts?.load === 'function' ? document.fonts : undefined;
    if (!fonts || fonts.check(`12px ${fontFamily}`, text)) draw();
    else void fonts.load(`12px ${fontFamily}`, text).then(draw, draw);
    return () => {
      current = false;
    };
  }, [option, theme]);

  useImperativeHandle(ref, () => ({
    toPng: () => chart.current?.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: theme === 'dark' ? '#0b1a33' : '#ffffff' }),
  }));

  return <div ref={element} role="img" aria-label={ariaLabel} style={{ width: '100%', height: 320, ...style }} />;
});
