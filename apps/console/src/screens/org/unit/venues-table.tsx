import { Table } from 'antd';
import { formatCount } from '../../../shared/labels';
import { labelOf } from '../../../shared/vocabulary';
import type { UnitPageData, UnitVocabulary } from './unit-types';

type Venue = UnitPageData['venues'][number];

/** 阵地资源: the unit's venues (党群服务中心, 综合文化站, 农家书屋…). */
export function VenuesTable({ venues, vocabulary }: { venues: Venue[]; vocabulary: UnitVocabulary }) {
  return (
    <Table<Venue>
      rowKey="id"
      size="small"
      dataSource={venues}
      pagination={false}
      scroll={{ x: 640 }}
      locale={{ emptyText: '未登记阵地资源' }}
      columns={[
        { title: '名称', dataIndex: 'name' },
        { title: '类别', dataIndex: 'kind', width: 150, render: (v: string) => labelOf(vocabulary.venueKind, v) },
        { title: '开放时间', dataIndex: 'openingHours', width: 220, render: (v: string | null) => v ?? '—' },
        {
          title: '容量（人）',
          dataIndex: 'capacity',
          width: 100,
          align: 'right',
          render: (v: number | null) => (v === null ? '—' : formatCount(v)),
        },
        { title: '地址', dataIndex: 'address', width: 180, render: (v: string | null) => v ?? '同本单位' },
      ]}
    />
  );
}
