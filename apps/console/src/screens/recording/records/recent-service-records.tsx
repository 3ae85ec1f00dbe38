import { App, Button, Segmented, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { describeError } from '../../../api/api-error';
import { useGraphQLMutation, useGraphQLQuery } from '../../../api/use-graphql';
import { graphql } from '../../../gql';
import type { ConsoleRecentServiceRecordsQuery, ServiceRecordStatus } from '../../../gql/graphql';
import { chinaDateTime } from '../../../shared/labels';
import { labelOf, useVocabulary } from '../../../shared/vocabulary';
import { CorrectServiceModal } from './correct-service-modal';
import { CursorPager, useCursorPages } from '../../../shared/paging/cursor-pages';
import { ReasonModal } from './reason-modal';
import { ToneTag, type Tone } from '../../../shared/tone-tag';

const RecentServiceRecordsList = graphql(`
  query ConsoleRecentServiceRecords($subtreeOf: ID, $status: ServiceRecordStatus, $after: String) {
    serviceRecords(
      first: 20
      after: $after
      orderBy: { field: CREATED_AT, direction: DESC }
      filter: { subtreeOf: $subtreeOf, status: $status }
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          startedAt
          endedAt
          hours
          description
          status
          reviewNote
          voidReason
          version
          volunteer {
            id
            name
          }
        }
      }
    }
  }
`);

const ApproveServiceRecord = graphql(`
  mutation ConsoleApproveServiceRecord($id: ID!) {
    approveServiceRecord(id: $id) {
      id
      status
      version
    }
  }
`);

const RejectServiceRecord = graphql(`
  mutation ConsoleRejectServiceRecord($id: ID!, $reason: String!) {
    rejectServiceRecord(id: $id, reason: $reason) {
      id
      status
      version
    }
  }
`);

const VoidServiceRecord = graphql(`
  mutation ConsoleVoidServiceRecord($input: VoidServiceRecordInput!) {
    voidServiceRecord(input: $input) {
      id
      status
      version
    }
  }
`);

type ServiceRow = ConsoleRecentServiceRecordsQuery['serviceRecords']['edges'][number]['node'];
type Action = { kind: 'correct' | 'void' | 'reject'; id: string };

const STATUS_TONES: Record<ServiceRecordStatus, Tone> = { PENDING: 'warning', APPROVED: 'success', REJECTED: 'danger', VOIDED: 'neutral' };
const STATUS_FILTERS: (ServiceRecordStatus | 'ALL')[] = ['ALL', 'PENDING', 'APPROVED', 'REJECTED', 'VOIDED'];
const EDITABLE: ServiceRecordStatus[] = ['PENDING', 'APPROVED'];

/** 服务记录 of volunteers registered in the caller's subtree, newest first: 审核 (pending ones), 更正, 作废. */
export function RecentServiceRecords({ unitId, initialStatus }: { unitId?: string; initialStatus?: ServiceRecordStatus }) {
  const { message } = App.useApp();
  const pages = useCursorPages();
  const vocabulary = useVocabulary().data;
  const [status, setStatus] = useState<ServiceRecordStatus | 'ALL'>(initialStatus ?? 'ALL');
  const query = useGraphQLQuery(RecentServiceRecordsList, {
    subtreeOf: unitId ?? null,
    status: status === 'ALL' ? null : status,
    after: pages.after,
  });
  const approve = useGraphQLMutation(ApproveServiceRecord);
  const reject = useGraphQLMutation(RejectServiceRecord);
  const voidRecord = useGraphQLMutation(VoidServiceRecord);
  const [action, setAction] = useState<Action | null>(null);
  const rows = query.data?.serviceRecords.edges.map((e) => e.node) ?? [];
  const acting = action && rows.find((r) => r.id === action.id);
  const done = (text: string) => {
    void message.success(text);
    void query.refetch();
  };
  const approveRow = async (row: ServiceRow) => {
    try {
      await approve.mutateAsync({ id: row.id });
      done(`已审核通过：${row.volunteer.name} ${row.hours} 小时`);
    } catch (error) {
      void message.error(describeError(error));
      void query.refetch();
    }
  };
  const statusLabel = (value: string) => (value === 'ALL' ? '全部' : labelOf(vocabulary?.serviceRecordStatus, value));

  return (
    <>
      <Segmented
        aria-label="审核状态"
        style={{ marginBottom: 16 }}
        value={status}
        options={STATUS_FILTERS.map((value) => ({ value, label: statusLabel(value) }))}
        onChange={(value) => {
          setStatus(value);
          pages.reset();
        }}
      />
      <Table<ServiceRow>
        rowKey="id"
        size="middle"
        loading={query.isFetching}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 960 }}
        locale={{ emptyText: query.error ? '读取失败，请稍后重试' : '暂无记录' }}
        columns={[
          { title: '志愿者', key: 'volunteer', width: 110, render: (_, row) => row.volunteer.name },
          { title: '开始时间', dataIndex: 'startedAt', width: 150, render: (at: string) => chinaDateTime(at) },
          { title: '结束时间', dataIndex: 'endedAt', width: 150, render: (at: string) => chinaDateTime(at) },
          { title: '时长（小时）', dataIndex: 'hours', width: 100, align: 'right' },
          { title: '服务内容', dataIndex: 'description', ellipsis: true },
          {
            title: '状态',
            dataIndex: 'status',
            width: 160,
            render: (value: ServiceRecordStatus, row) => (
              <Space orientation="vertical" size={0}>
                <ToneTag tone={STATUS_TONES[value]}>{statusLabel(value)}</ToneTag>
                {(row.voidReason ?? row.reviewNote) && (
                  <Typography.Text type="secondary">{row.voidReason ?? row.reviewNote}</Typography.Text>
                )}
              </Space>
            ),
          },
          {
            title: '操作',
            key: 'actions',
            width: 230,
            render: (_, row) => (
              <Space size="small" wrap>
                {row.status === 'PENDING' && (
                  <>
                    <Button
                      size="small"
                      type="primary"
                      loading={approve.isPending && approve.variables?.id === row.id}
                      onClick={() => void approveRow(row)}
                    >
                      通过
                    </Button>
                    <Button size="small" onClick={() => setAction({ kind: 'reject', id: row.id })}>
                      驳回
                    </Button>
                  </>
                )}
                {EDITABLE.includes(row.status) && (
                  <>
                    <Button size="small" onClick={() => setAction({ kind: 'correct', id: row.id })}>
                      更正
                    </Button>
                    <Button size="small" danger onClick={() => setAction({ kind: 'void', id: row.id })}>
                      作废
                    </Button>
                  </>
                )}
              </Space>
            ),
          },
        ]}
      />
      {query.data && (
        <CursorPager
          pages={pages}
          totalCount={query.data.serviceRecords.totalCount}
          hasNextPage={query.data.serviceRecords.pageInfo.hasNextPage}
          endCursor={query.data.serviceRecords.pageInfo.endCursor}
        />
      )}
      {acting && action.kind === 'correct' && (
        <CorrectServiceModal
          record={acting}
          volunteerName={acting.volunteer.name}
          onDone={() => done('已更正')}
          onClose={() => setAction(null)}
          onReload={() => query.refetch()}
        />
      )}
      {acting && action.kind === 'void' && (
        <ReasonModal
          title="作废服务记录"
          subject={`${acting.volunteer.name} ${chinaDateTime(acting.startedAt)} 起 ${acting.hours} 小时：作废后不再计入服务时长，记录保留备查。`}
          reasonLabel="作废原因"
          okText="作废"
          danger
          maxLength={200}
          onSubmit={async (reason) => {
            await voidRecord.mutateAsync({ input: { id: acting.id, expectedVersion: acting.version, reason } });
            done('已作废');
          }}
          onClose={() => setAction(null)}
          onReload={() => void query.refetch()}
        />
      )}
      {acting && action.kind === 'reject' && (
        <ReasonModal
          title="驳回服务记录"
          subject={`${acting.volunteer.name} ${chinaDateTime(acting.startedAt)} 起 ${acting.hours} 小时：驳回后不计入服务时长。`}
          reasonLabel="驳回原因"
          okText="驳回"
          danger
          maxLength={500}
          onSubmit={async (reason) => {
            await reject.mutateAsync({ id: acting.id, reason });
            done('已驳回');
          }}
          onClose={() => setAction(null)}
        />
      )}
    </>
  );
}
