import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Empty } from 'antd';
import { useRef, type ReactNode } from 'react';
import { EChart, type EChartHandle } from '../../shared/charts/echart';
import type { ChartOption } from '../../shared/charts/echarts-core';
import { saveChartPng } from '../../shared/charts/save-chart-png';

export interface ChartCardProps {
  title: string;
  option: ChartOption;
  /** What the chart shows, for screen readers. */
  ariaLabel: string;
  /** The PNG's file name, without extension. */
  fileName: string;
  empty?: boolean;
  height?: number;
  onItemClick?(item: { name: string; dataIndex: number }): void;
  /** The chart's figures as text beneath it (readable, selectable, clickable). */
  children?: ReactNode;
}

/** A chart in a card, with a button that saves it as a PNG (下载图片). */
export function ChartCard({ title, option, ariaLabel, fileName, empty, height = 320, onItemClick, children }: ChartCardProps) {
  const chart = useRef<EChartHandle>(null);
  return (
    <Card
      title={title}
      size="small"
      extra={
        <Button
          size="small"
          icon={<DownloadOutlined />}
          disabled={empty}
          aria-label={`下载图片：${title}`}
          onClick={() => saveChartPng(chart.current, fileName)}
        >
          下载图片
        </Button>
      }
    >
      {empty ? (
        <Empty description="本期间暂无活动" style={{ height, display: 'grid', placeContent: 'center', margin: 0 }} />
      ) : (
        <EChart ref={chart} option={option} ariaLabel={ariaLabel} onItemClick={onItemClick} style={{ height }} />
      )}
      {children}
    </Card>
  );
}
