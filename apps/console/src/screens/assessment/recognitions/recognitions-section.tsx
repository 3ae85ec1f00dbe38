import { Alert, Flex, Table } from 'antd';
import { describeError } from '../../../api/api-error';
import { useGraphQLQuery } from '../../../api/use-graphql';
import type { ConsoleAssessmentRecognitionsQuery, RecognitionSubject } from '../../../gql/graphql';
import { ToneTag, type Tone } from '../../../shared/tone-tag';
import { labelOf } from '../../../shared/vocabulary';
import { CursorPager, useCursorPages } from '../../../shared/paging/cursor-pages';
import { AssessmentRecognitions } from '../assessment-documents';
import { formatPoints } from '../ranking/ranking-model';

type Recognition = NonNullable<ConsoleAssessmentRecognitionsQuery['assessmentScheme']>['recognitions']['edges'][number]['node'];

const SUBJECT_TONES: Record<RecognitionSubject, Tone> = { UNIT: 'brand', TEAM: 'info', VOLUNTEER: 'success' };

/** 评优: who was recognised for the scheme's period — units, teams, volunteers — with the title and the reason. */
export function RecognitionsSection({ schemeId }: { schemeId: string }) {
  const pages = useCursorPages();
  const query = useGraphQLQuery(AssessmentRecognitions, { id: schemeId, after: pages.after }, { placeholderData: (previous) => previous });
  if (query.error) return <Alert type="error" showIcon title={describeError(query.error)} />;
  const recognitions = query.data?.assessmentScheme?.recognitions;
  const subjects = query.data?.vocabulary.recognitionSubject;
  return (
    <Flex vertical gap={12}>
      <Table<Recognition>
        aria-label="评优表彰"
        rowKey="id"
        size="middle"
        bordered
        loading={query.isFetching}
        dataSource={recognitions?.edges.map((edge) => edge.node) ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: '本方案暂无评优表彰' }}
        columns={[
          {
            key: 'kind',
            title: '类别',
            width: 140,
            render: (_: unknown, row) => <ToneTag tone={SUBJECT_TONES[row.subjectKind]}>{labelOf(subjects, row.subjectKind)}</ToneTag>,
          },
          { key: 'who', title: '表彰对象', width: 240, render: (_: unknown, row) => (row.unit ?? row.team ?? row.volunteer)?.name ?? '—' },
          { key: 'title', title: '荣誉称号', dataIndex: 'title', width: 180 },
          { key: 'reason', title: '推荐理由', dataIndex: 'reason', width: 320 },
          {
            key: 'result',
            title: '评优时排名 / 得分',
            width: 150,
            render: (_: unknown, row) =>
              row.rankAtTime !== null && row.scoreAtTime !== null ? `第 ${row.rankAtTime} 名 / ${formatPoints(row.scoreAtTime)} 分` : '—',
          },
          { key: 'day', title: '表彰日期', dataIndex: 'recognizedOn', width: 110 },
        ]}
      />
      {recognitions && (
        <CursorPager
          pages={pages}
          totalCount={recognitions.totalCount}
          hasNextPage={recognitions.pageInfo.hasNextPage}
          endCursor={recognitions.pageInfo.endCursor}
        />
      )}
    </Flex>
  );
}
