import { Table } from 'antd';
import { Link } from 'react-router';
import { formatCount, LEVEL_LABELS } from '../../../shared/labels';
import { inLevelOrder } from '../level-order';
import type { UnitPageData } from './unit-types';

type Child = UnitPageData['children'][number];

/** 下级阵地 with each one's subtree figures; a name opens its page. */
export function ChildrenTable({ units }: { units: Child[] }) {
  return (
    <Table<Child>
      rowKey="id"
      size="small"
      dataSource={inLevelOrder(units)}
      pagination={units.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      scroll={{ x: 800 }}
      locale={{ emptyText: '没有下级阵地' }}
      columns={[
        {
          title: '名称',
          dataIndex: 'name',
          render: (name: string, row) => (
            <Link to={`/org/${row.id}`}>
              {name}
              {row.closedOn ? '（已撤销）' : ''}
            </Link>
          ),
        },
        { title: '层级', dataIndex: 'level', width: 100, render: (level: string) => LEVEL_LABELS[level] ?? level },
        {
          title: '志愿者',
          key: 'volunteers',
          align: 'right',
          width: 100,
          sorter: (a, b) => a.volunteerStats.volunteerCount - b.volunteerStats.volunteerCount,
          render: (_, row) => formatCount(row.volunteerStats.volunteerCount),
        },
        {
          title: '服务时长（小时）',
          key: 'hours',
          align: 'right',
          width: 140,
          sorter: (a, b) => a.volunteerStats.serviceHours - b.volunteerStats.serviceHours,
          render: (_, row) => formatCount(row.volunteerStats.serviceHours),
        },
        {
          title: '活动场次',
          key: 'events',
          align: 'right',
          width: 100,
          sorter: (a, b) => a.campaignStats.eventCount - b.campaignStats.eventCount,
          render: (_, row) => formatCount(row.campaignStats.eventCount),
        },
        {
          title: '受众人次',
          key: 'audience',
          align: 'right',
          width: 100,
          render: (_, row) => formatCount(row.campaignStats.audienceTotal),
        },
        { title: '培训项目', key: 'training', align: 'right', width: 90, render: (_, row) => formatCount(row.trainingStats.programCount) },
      ]}
    />
  );
}
