import { Table } from 'antd';
import { chinaDate, formatCount } from '../../../shared/labels';
import type { EventRow, RowsData } from '../panels/panel-data';

const COLUMNS = [
  { title: '日期', dataIndex: 'heldAt', key: 'heldAt', width: 110, render: (value: string) => chinaDate(value) },
  { title: '主题', dataIndex: 'title', key: 'title', ellipsis: true },
  { title: '承办单位', dataIndex: 'hostName', key: 'hostName', ellipsis: true },
  { title: '形式', dataIndex: 'format', key: 'format', width: 110 },
  { title: '场所', dataIndex: 'venueType', key: 'venueType', width: 110 },
  { title: '受众', dataIndex: 'audienceCount', key: 'audienceCount', width: 90, align: 'right' as const, render: formatCount },
];

/** 明细表: the newest (or largest) events, with how many there are in all. */
export function RowsTable({ data, large }: { data: RowsData; large?: boolean }) {
  return (
    <Table<EventRow>
      size={large ? 'middle' : 'small'}
      rowKey="id"
      columns={COLUMNS}
      dataSource={data.rows}
      pagination={false}
      locale={{ emptyText: '所选范围和期间内没有活动' }}
      footer={() => `共 ${formatCount(data.totalCount)} 场，显示 ${data.rows.length} 场`}
    />
  );
}
