import { Alert, Flex, Table, Typography } from 'antd';
import { describeError } from '../../../api/api-error';
import { useGraphQLQuery } from '../../../api/use-graphql';
import type { ConsoleAssessmentInspectionsQuery } from '../../../gql/graphql';
import { ToneTag } from '../../../shared/tone-tag';
import { CursorPager, useCursorPages } from '../../../shared/paging/cursor-pages';
import { AssessmentInspections } from '../assessment-documents';
import type { SchemeDetail } from '../ranking/ranking-model';
import { FINDING_STATES } from './finding-state';

type Inspection = NonNullable<ConsoleAssessmentInspectionsQuery['orgUnit']>['inspections']['edges'][number]['node'];
type Finding = Inspection['findings'][number];

/**
 * 督查整改: the inspections of the scheme owner's units over the scheme's period, latest first, each
 * with the fixes it required and where they stand; fixes still open after their due day are marked.
 */
export function InspectionsSection({ scheme }: { scheme: Pick<SchemeDetail, 'id' | 'from' | 'to' | 'ownerUnit'> }) {
  const pages = useCursorPages();
  const query = useGraphQLQuery(
    AssessmentInspections,
    { unitId: scheme.ownerUnit.id, from: scheme.from, to: scheme.to, after: pages.after },
    { placeholderData: (previous) => previous },
  );
  if (query.error) return <Alert type="error" showIcon title={describeError(query.error)} />;
  const inspections = query.data?.orgUnit?.inspections;
  const overdue = inspections?.edges.reduce((sum, { node }) => sum + node.overdueFindingCount, 0) ?? 0;
  return (
    <Flex vertical gap={12}>
      <Typography.Text type="secondary">
        {scheme.ownerUnit.name}及下级单位在考核期间接受的督查{inspections ? `，共 ${inspections.totalCount} 次` : ''}
        {overdue > 0 ? `；本页有 ${overdue} 条整改要求逾期未完成` : ''}。
      </Typography.Text>
      <Table<Inspection>
        aria-label="督查记录"
        rowKey="id"
        size="middle"
        bordered
        loading={query.isFetching}
        dataSource={inspections?.edges.map((edge) => edge.node) ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: '考核期间暂无督查记录' }}
        columns={[
          { key: 'day', title: '督查日期', dataIndex: 'inspectedOn', width: 110 },
          { key: 'unit', title: '被督查单位', width: 200, render: (_: unknown, row) => row.orgUnit.name },
          { key: 'inspectors', title: '督查人员', dataIndex: 'inspectors', width: 180 },
          { key: 'summary', title: '督查情况', dataIndex: 'summary', width: 260 },
          {
            key: 'findings',
            title: '整改要求',
            width: 420,
            render: (_: unknown, row) =>
              row.findings.length === 0 ? (
                <Typography.Text type="secondary">无整改要求</Typography.Text>
              ) : (
                <ol style={{ margin: 0, paddingLeft: 20 }}>
                  {row.findings.map((finding) => (
                    <FindingItem key={finding.id} finding={finding} />
                  ))}
                </ol>
              ),
          },
        ]}
      />
      {inspections && (
        <CursorPager
          pages={pages}
          totalCount={inspections.totalCount}
          hasNextPage={inspections.pageInfo.hasNextPage}
          endCursor={inspections.pageInfo.endCursor}
        />
      )}
    </Flex>
  );
}

function FindingItem({ finding }: { finding: Finding }) {
  const state = FINDING_STATES[finding.state];
  const done = finding.state === 'VERIFIED' ? `，${finding.verifiedOn ?? ''}验收` : finding.fixedOn ? `，${finding.fixedOn}完成` : '';
  return (
    <li style={{ marginBottom: 6 }}>
      <div>{finding.requiredFix}</div>
      <Flex gap={4} wrap align="center">
        <ToneTag tone={state.tone}>{state.label}</ToneTag>
        {finding.overdue && <ToneTag tone="danger">已逾期</ToneTag>}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          整改期限 {finding.dueOn}
          {done}
        </Typography.Text>
      </Flex>
    </li>
  );
}
