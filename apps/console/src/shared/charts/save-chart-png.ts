import type { EChartHandle } from './echart';

/** Saves a chart as a PNG file named after what it shows. */
export function saveChartPng(chart: EChartHandle | null, fileName: string): void {
  const url = chart?.toPng();
  if (!url) return;
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName.endsWith('.png') ? fileName : `${fileName}.png`;
  document.body.appendChild(link);
  link.click();
  link.remove();
}
