import { App, Button, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useGraphQLMutation, useGraphQLQuery } from '../../../api/use-graphql';
import { graphql } from '../../../gql';
import type { ConsoleRecentCampaignEventsQuery } from '../../../gql/graphql';
import { chinaDateTime, formatCount } from '../../../shared/labels';
import { labelOf, useVocabulary } from '../../../shared/vocabulary';
import { CorrectEventModal } from './correct-event-modal';
import { CursorPager, useCursorPages } from '../../../shared/paging/cursor-pages';
import { ReasonModal } from './reason-modal';

const RecentCampaignEventsList = graphql(`
  query ConsoleRecentCampaignEvents($hostSubtreeOf: ID, $after: String) {
    campaignEvents(
      first: 20
      after: $after
      orderBy: { field: ID, direction: DESC }
      filter: { hostSubtreeOf: $hostSubtreeOf, includeVoided: true }
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          heldAt
          format
          venueType
          place
          audienceCount
          summary
          voidedAt
          voidReason
          version
          campaign {
            id
            name
          }
          host {
            id
            name
          }
        }
      }
    }
  }
`);

const VoidCampaignEvent = graphql(`
  mutation ConsoleVoidCampaignEvent($input: VoidCampaignEventInput!) {
    voidCampaignEvent(input: $input) {
      id
      version
      voidedAt
    }
  }
`);

type EventRow = ConsoleRecentCampaignEventsQuery['campaignEvents']['edges'][number]['node'];
type Action = { kind: 'correct' | 'void'; id: string };

/** 近期登记的活动场次 of the caller's subtree, newest first, with 更正 and 作废. */
export function RecentEvents({ unitId }: { unitId?: string }) {
  const { message } = App.useApp();
  const pages = useCursorPages();
  const vocabulary = useVocabulary().data;
  const query = useGraphQLQuery(RecentCampaignEventsList, { hostSubtreeOf: unitId ?? null, after: pages.after });
  const voidEvent = useGraphQLMutation(VoidCampaignEvent);
  const [action, setAction] = useState<Action | null>(null);
  const rows = query.data?.campaignEvents.edges.map((e) => e.node) ?? [];
  const acting = action && rows.find((r) => r.id === action.id);
  const done = (text: string) => {
    void message.success(text);
    void query.refetch();
  };

  return (
    <>
      <Table<EventRow>
        rowKey="id"
        size="middle"
        loading={query.isFetching}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 960 }}
        locale={{ emptyText: query.error ? '读取失败，请稍后重试' : '暂无记录' }}
        columns={[
          { title: '活动主题', dataIndex: 'title', render: (title: string, row) => <EventTitle row={row} title={title} /> },
          { title: '所属活动', key: 'campaign', render: (_, row) => row.campaign.name, width: 180 },
          { title: '举办时间', dataIndex: 'heldAt', render: (at: string) => chinaDateTime(at), width: 150 },
          { title: '承办单位', key: 'host', render: (_, row) => row.host.name, width: 200 },
          {
            title: '形式 / 场所',
            key: 'kind',
            width: 150,
            render: (_, row) => `${labelOf(vocabulary?.eventFormat, row.format)} / ${labelOf(vocabulary?.venueType, row.venueType)}`,
          },
          { title: '受众人次', dataIndex: 'audienceCount', align: 'right', width: 90, render: (n: number) => formatCount(n) },
          {
            title: '操作',
            key: 'actions',
            width: 130,
            render: (_, row) =>
              row.voidedAt ? null : (
                <Space size="small">
                  <Button size="small" onClick={() => setAction({ kind: 'correct', id: row.id })} aria-label={`更正 ${row.title}`}>
                    更正
                  </Button>
                  <Button size="small" danger onClick={() => setAction({ kind: 'void', id: row.id })} aria-label={`作废 ${row.title}`}>
                    作废
                  </Button>
                </Space>
              ),
          },
        ]}
      />
      {query.data && (
        <CursorPager
          pages={pages}
          totalCount={query.data.campaignEvents.totalCount}
          hasNextPage={query.data.campaignEvents.pageInfo.hasNextPage}
          endCursor={query.data.campaignEvents.pageInfo.endCursor}
        />
      )}
      {acting && action.kind === 'correct' && (
        <CorrectEventModal event={acting} onDone={() => done('已更正')} onClose={() => setAction(null)} onReload={() => query.refetch()} />
      )}
      {acting && action.kind === 'void' && (
        <ReasonModal
          title="作废活动场次"
          subject={`「${acting.title}」（${chinaDateTime(acting.heldAt)}，${acting.host.name}）作废后不再计入任何统计，记录保留备查。`}
          reasonLabel="作废原因"
          okText="作废"
          danger
          maxLength={500}
          onSubmit={async (reason) => {
            await voidEvent.mutateAsync({ input: { id: acting.id, expectedVersion: acting.version, reason } });
            done('已作废');
          }}
          onClose={() => setAction(null)}
          onReload={() => void query.refetch()}
        />
      )}
    </>
  );
}

function EventTitle({ row, title }: { row: EventRow; title: string }) {
  if (!row.voidedAt) return <>{title}</>;
  return (
    <Space orientation="vertical" size={0}>
      <Typography.Text delete>{title}</Typography.Text>
      <span>
        <Tag color="default">已作废</Tag>
        <Typography.Text type="secondary">{row.voidReason}</Typography.Text>
      </span>
    </Space>
  );
}
