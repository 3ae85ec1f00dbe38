import { Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo } from 'react';
import type { ColumnDescription } from '../editor/workbench-run';
import type { CellValue, ResultTable } from './result-table';

type Row = Record<string, CellValue> & { key: number };

export interface ResultTableViewProps {
  table: ResultTable;
  /** Headings (and enum labels) per column, from the schema; a column without one is headed by its path. */
  descriptions: Record<string, ColumnDescription>;
}

/** How a cell reads: Chinese for enum values, 是/否, numbers grouped. */
export function cellText(value: CellValue, description?: ColumnDescription): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'number') return value.toLocaleString('zh-CN');
  return description?.enumLabels?.[value] ?? value;
}

function compare(a: CellValue, b: CellValue): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a ?? '').localeCompare(String(b ?? ''), 'zh-CN');
}

/** The result's first list as a table: a column per leaf, sortable, paged. */
export function ResultTableView({ table, descriptions }: ResultTableViewProps) {
  const columns = useMemo<ColumnsType<Row>>(
    () =>
      table.columns.map((column) => ({
        key: column,
        dataIndex: column,
        title: descriptions[column]?.heading ?? column,
        sorter: (a: Row, b: Row) => compare(a[column], b[column]),
        align: table.rows.some((row) => typeof row[column] === 'number') ? ('right' as const) : undefined,
        render: (value: CellValue) => cellText(value, descriptions[column]),
        ellipsis: true,
      })),
    [table, descriptions],
  );
  const rows = useMemo(() => table.rows.map((row, index) => ({ ...row, key: index })), [table]);
  return (
    <>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {table.path.length
          ? `结果中的第一个列表：${table.path.join('.')}，共 ${rows.length.toLocaleString('zh-CN')} 行`
          : '结果中没有列表，按一行列出'}
      </Typography.Paragraph>
      <Table<Row>
        size="small"
        columns={columns}
        dataSource={rows}
        scroll={{ x: 'max-content' }}
        pagination={{
          pageSize: 20,
          showSizeChanger: false,
          hideOnSinglePage: true,
          showTotal: (total) => `共 ${total.toLocaleString('zh-CN')} 行`,
        }}
        aria-label="查询结果表格"
      />
    </>
  );
}
