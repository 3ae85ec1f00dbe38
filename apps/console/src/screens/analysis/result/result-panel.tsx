import { Alert, Empty, Tabs, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { chinaDateTime } from '../../../shared/labels';
import type { EditorBridge, WorkbenchRun } from '../editor/workbench-run';
import { ResultChartView } from './result-chart-view';
import { resultTable } from './result-table';
import { ResultTableView } from './result-table-view';

/** The last run beside GraphiQL's raw JSON: its first list as a table, or as a chart. */
export function ResultPanel({ run, bridge }: { run: WorkbenchRun | null; bridge: EditorBridge | null }) {
  const [view, setView] = useState('table');
  const table = useMemo(() => (run ? resultTable(run.response.data) : undefined), [run]);
  const descriptions = useMemo(
    () => (run && table && bridge ? bridge.describeColumns(run, table.path, table.columns) : {}),
    [run, table, bridge],
  );
  if (!run) return <Empty description="运行一条查询（▶ 或 Ctrl+Enter）后，结果会在这里以表格或图表显示。" />;
  const title = run.operationName ?? '查询结果';
  const errors = run.response.errors ?? [];
  return (
    <>
      <Typography.Text type="secondary">
        {title} · 运行于 {chinaDateTime(new Date(run.at).toISOString())}
      </Typography.Text>
      {errors.length ? (
        <Alert
          type={table ? 'warning' : 'error'}
          showIcon
          style={{ marginTop: 8 }}
          title={table ? '查询部分出错，下面只列出已返回的数据' : '查询出错，没有返回数据'}
          description={errors.slice(0, 3).map((error, index) => (
            <div key={index}>{error.message}</div>
          ))}
        />
      ) : null}
      {table ? (
        <Tabs
          activeKey={view}
          onChange={setView}
          items={[
            { key: 'table', label: '表格', children: <ResultTableView table={table} descriptions={descriptions} /> },
            { key: 'chart', label: '图表', children: <ResultChartView table={table} descriptions={descriptions} title={title} /> },
          ]}
        />
      ) : null}
    </>
  );
}
