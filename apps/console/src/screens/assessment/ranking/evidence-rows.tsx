import { Alert, Table, Typography } from 'antd';
import { describeError } from '../../../api/api-error';
import { useGraphQLQuery } from '../../../api/use-graphql';
import type { AssessmentIndicatorKind, ConsoleAssessmentUnitEvidenceQuery } from '../../../gql/graphql';
import { labelOf, type Term } from '../../../shared/vocabulary';
import { CursorPager, useCursorPages } from '../../../shared/paging/cursor-pages';
import { AssessmentUnitEvidence } from '../assessment-documents';

/** Rows a page of evidence shows. */
const EVIDENCE_PAGE_SIZE = 10;

type Evidence = NonNullable<
  NonNullable<NonNullable<ConsoleAssessmentUnitEvidenceQuery['orgUnit']>['assessment']>['indicatorScore']
>['rows']['edges'][number]['node'];

export interface EvidenceRowsProps {
  schemeId: string;
  unitId: string;
  kind: AssessmentIndicatorKind;
  title: string;
  /** The numerator and denominator in words: what the rows add up to. */
  fraction: string;
  sourceLabels: readonly Term[];
}

/** 考核依据: the rows behind one indicator's numerator for one unit, a page at a time, earliest first. */
export function EvidenceRows({ schemeId, unitId, kind, title, fraction, sourceLabels }: EvidenceRowsProps) {
  const pages = useCursorPages();
  const query = useGraphQLQuery(
    AssessmentUnitEvidence,
    { unitId, schemeId, kind, first: EVIDENCE_PAGE_SIZE, after: pages.after },
    { placeholderData: (previous) => previous },
  );
  const rows = query.data?.orgUnit?.assessment?.indicatorScore?.rows;
  return (
    <section aria-label={title} style={{ marginTop: 20 }}>
      <Typography.Title level={2} style={{ fontSize: 16 }}>
        {title}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{fraction}；以下各条的计入数量之和即为分子。</Typography.Paragraph>
      {query.error ? (
        <Alert type="error" showIcon title={describeError(query.error)} />
      ) : (
        <>
          <Table<Evidence>
            aria-label={title}
            rowKey={(row) => `${row.sourceKind}:${row.sourceId}`}
            size="small"
            loading={query.isFetching}
            dataSource={rows?.edges.map((edge) => edge.node) ?? []}
            pagination={false}
            locale={{ emptyText: query.isFetching ? '加载中…' : '没有计入的记录' }}
            columns={[
              { key: 'day', title: '日期', dataIndex: 'day', width: 110 },
              { key: 'label', title: '摘要', dataIndex: 'label' },
              {
                key: 'source',
                title: '数据来源',
                width: 130,
                render: (_: unknown, row) => `${labelOf(sourceLabels, row.sourceKind)} #${row.sourceId}`,
              },
              {
                key: 'amount',
                title: '计入数量',
                width: 100,
                align: 'right',
                render: (_: unknown, row) => `${row.amount.toLocaleString('zh-CN')} ${row.unit}`,
              },
            ]}
          />
          {rows && (
            <CursorPager
              pages={pages}
              totalCount={rows.totalCount}
              hasNextPage={rows.pageInfo.hasNextPage}
              endCursor={rows.pageInfo.endCursor}
            />
          )}
        </>
      )}
    </section>
  );
}
