import { Table } from 'antd';
import { formatCount } from '../../../shared/labels';
import { labelOf } from '../../../shared/vocabulary';
import type { UnitPageData, UnitVocabulary } from './unit-types';
import { ToneTag, type Tone } from '../../../shared/tone-tag';

type Program = UnitPageData['trainingPrograms'][number];

const STATUS_TONES: Record<string, Tone> = { UPCOMING: 'info', IN_PROGRESS: 'success', FINISHED: 'neutral', CANCELLED: 'danger' };

/** 培训项目 the unit itself organised. */
export function TrainingTable({ programs, vocabulary }: { programs: Program[]; vocabulary: UnitVocabulary }) {
  return (
    <Table<Program>
      rowKey="id"
      size="small"
      dataSource={programs}
      pagination={false}
      scroll={{ x: 760 }}
      locale={{ emptyText: '本单位未主办培训' }}
      columns={[
        { title: '培训名称', dataIndex: 'title' },
        { title: '日期', key: 'dates', width: 200, render: (_, p) => `${p.startsOn} 至 ${p.endsOn}` },
        { title: '培训对象', dataIndex: 'audience', width: 100, render: (v: string) => labelOf(vocabulary.trainingAudience, v) },
        { title: '地点', dataIndex: 'place', width: 260, render: (v: string | null) => v ?? '—' },
        { title: '参训人数', dataIndex: 'participantCount', width: 90, align: 'right', render: (n: number) => formatCount(n) },
        {
          title: '状态',
          dataIndex: 'status',
          width: 90,
          render: (v: string) => <ToneTag tone={STATUS_TONES[v]}>{labelOf(vocabulary.trainingProgramStatus, v)}</ToneTag>,
        },
      ]}
    />
  );
}
