import { Button, Empty, Flex, Segmented, Select, Typography } from 'antd';
import { useMemo, useRef, useState } from 'react';
import { EChart, type EChartHandle } from '../../../shared/charts/echart';
import { barOption, lineOption, pieOption } from '../../../shared/charts/chart-options';
import { saveChartPng } from '../../../shared/charts/save-chart-png';
import type { ColumnDescription } from '../editor/workbench-run';
import {
  chartData,
  defaultChartChoice,
  labelColumns,
  MAX_CHART_ITEMS,
  numberColumns,
  type ChartChoice,
  type ChartKind,
} from './chart-data';
import type { ResultTable } from './result-table';

const KINDS: { value: ChartKind; label: string }[] = [
  { value: 'bar', label: '柱状图' },
  { value: 'line', label: '折线图' },
  { value: 'pie', label: '饼图' },
];

export interface ResultChartViewProps {
  table: ResultTable;
  descriptions: Record<string, ColumnDescription>;
  /** Names the PNG file. */
  title: string;
}

/** The table as a chart: the analyst picks the column that names the bars and the one that sizes them. */
export function ResultChartView({ table, descriptions, title }: ResultChartViewProps) {
  const fallback = useMemo(() => defaultChartChoice(table), [table]);
  const [picked, setPicked] = useState<Partial<ChartChoice>>({});
  const chart = useRef<EChartHandle>(null);
  const numbers = useMemo(() => numberColumns(table), [table]);
  const labels = useMemo(() => labelColumns(table), [table]);
  if (!fallback) return <Empty description="结果中没有数字列，无法作图；请在查询中选上人数、场次、时长等数字字段。" />;

  // A choice that no longer fits the table (another query ran) falls back to the default.
  const choice: ChartChoice = {
    kind: picked.kind ?? fallback.kind,
    labelColumn: picked.labelColumn && labels.includes(picked.labelColumn) ? picked.labelColumn : fallback.labelColumn,
    valueColumn: picked.valueColumn && numbers.includes(picked.valueColumn) ? picked.valueColumn : fallback.valueColumn,
  };
  const heading = (column: string) => descriptions[column]?.heading ?? column;
  const enumLabels = descriptions[choice.labelColumn]?.enumLabels;
  const { data, omitted } = chartData(table, choice);
  const named = enumLabels ? data.map((datum) => ({ ...datum, name: enumLabels[datum.name] ?? datum.name })) : data;
  const option =
    choice.kind === 'pie'
      ? pieOption(named)
      : choice.kind === 'line'
        ? lineOption(named, { unit: heading(choice.valueColumn) })
        : barOption(named, { horizontal: named.length > 8, unit: heading(choice.valueColumn) });
  const options = (columns: string[]) => columns.map((column) => ({ value: column, label: heading(column) }));
  const chartTitle = `${heading(choice.valueColumn)}（按${heading(choice.labelColumn)}）`;
  return (
    <Flex vertical gap={12}>
      <Flex gap={12} wrap align="center">
        <Segmented<ChartKind>
          options={KINDS}
          value={choice.kind}
          onChange={(kind) => setPicked({ ...picked, kind })}
          aria-label="图表类型"
        />
        <label>
          分类：
          <Select
            aria-label="分类列"
            style={{ minWidth: 180 }}
            value={choice.labelColumn}
            options={options(labels)}
            onChange={(labelColumn) => setPicked({ ...picked, labelColumn })}
          />
        </label>
        <label>
          数值：
          <Select
            aria-label="数值列"
            style={{ minWidth: 180 }}
            value={choice.valueColumn}
            options={options(numbers)}
            onChange={(valueColumn) => setPicked({ ...picked, valueColumn })}
          />
        </label>
        <Button onClick={() => saveChartPng(chart.current, `${title}-${chartTitle}`)}>保存图片</Button>
      </Flex>
      <EChart
        ref={chart}
        option={option}
        ariaLabel={`图表：${chartTitle}`}
        style={{ height: choice.kind === 'bar' && named.length > 8 ? Math.max(320, named.length * 24 + 60) : 360 }}
      />
      {omitted > 0 ? (
        <Typography.Text type="secondary">
          只画出前 {MAX_CHART_ITEMS} 项，另有 {omitted.toLocaleString('zh-CN')} 项未画出；请在查询中筛选或汇总后再作图。
        </Typography.Text>
      ) : null}
    </Flex>
  );
}
