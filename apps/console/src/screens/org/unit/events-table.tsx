import { Table, Typography } from 'antd';
import { chinaDateTime, formatCount } from '../../../shared/labels';
import { labelOf } from '../../../shared/vocabulary';
import type { UnitPageData, UnitVocabulary } from './unit-types';

type EventRow = UnitPageData['campaignEvents']['edges'][number]['node'];

/** 近期活动 held in the unit's subtree, newest first. */
export function EventsTable({ events, vocabulary }: { events: UnitPageData['campaignEvents']; vocabulary: UnitVocabulary }) {
  return (
    <>
      <Table<EventRow>
        rowKey="id"
        size="small"
        dataSource={events.edges.map((e) => e.node)}
        pagination={false}
        scroll={{ x: 900 }}
        locale={{ emptyText: '期间内没有活动' }}
        columns={[
          { title: '活动主题', dataIndex: 'title' },
          { title: '所属活动', key: 'campaign', width: 200, render: (_, row) => row.campaign.name },
          { title: '举办时间', dataIndex: 'heldAt', width: 150, render: (at: string) => chinaDateTime(at) },
          { title: '承办单位', key: 'host', width: 200, render: (_, row) => row.host.name },
          { title: '形式', dataIndex: 'format', width: 90, render: (v: string) => labelOf(vocabulary.eventFormat, v) },
          { title: '场所', dataIndex: 'venueType', width: 90, render: (v: string) => labelOf(vocabulary.venueType, v) },
          { title: '受众人次', dataIndex: 'audienceCount', width: 90, align: 'right', render: (n: number) => formatCount(n) },
        ]}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
        期间内共 {formatCount(events.totalCount)} 场，列出最近 {events.edges.length} 场。
      </Typography.Paragraph>
    </>
  );
}
