import { Button, Flex, Input, Table, Typography } from 'antd';
import type { SorterResult } from 'antd/es/table/interface';
import { useMemo } from 'react';
import type { ConsoleCampaignViewEventsQuery } from '../../gql/graphql';
import { chinaDateTime, formatCount } from '../../shared/labels';
import { shortUnitName } from './chart-data';
import type { EventSort, EventSortField } from './view-state';

type EventRow = ConsoleCampaignViewEventsQuery['campaignEvents']['edges'][number]['node'];

export interface EventTableProps {
  data: ConsoleCampaignViewEventsQuery | undefined;
  loading: boolean;
  sort: EventSort;
  search?: string;
  /** 1 for the first page; undefined when the page came from a link and its number is not known. */
  pageNumber: number | undefined;
  pageSize: number;
  onSort(sort: EventSort | undefined): void;
  onSearch(search: string | undefined): void;
  onNext(endCursor: string): void;
  onPrevious(): void;
  onFirst(): void;
}

const SORTABLE: Record<string, EventSortField> = { heldAt: 'HELD_AT', audienceCount: 'AUDIENCE_COUNT', title: 'TITLE' };

/** The scope's events of the campaign (活动场次): sorted, searched and paged by the API, as the URL says. */
export function EventTable({
  data,
  loading,
  sort,
  search,
  pageNumber,
  pageSize,
  onSort,
  onSearch,
  onNext,
  onPrevious,
  onFirst,
}: EventTableProps) {
  const labels = useMemo(() => {
    const map = new Map<string, string>();
    for (const term of [...(data?.vocabulary.eventFormat ?? []), ...(data?.vocabulary.venueType ?? [])]) map.set(term.value, term.label);
    return map;
  }, [data?.vocabulary]);
  const connection = data?.campaignEvents;
  const rows = connection?.edges.map((edge) => edge.node) ?? [];
  const order = (field: EventSortField) => (sort.field === field ? (sort.direction === 'ASC' ? 'ascend' : 'descend') : null);
  const firstRow = pageNumber === undefined ? undefined : (pageNumber - 1) * pageSize + 1;
  const atFirstPage = pageNumber === 1;

  return (
    <section aria-label="活动场次列表">
      <Flex justify="space-between" align="center" wrap gap={12} style={{ marginBottom: 12 }}>
        <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
          活动场次{connection ? `（共 ${formatCount(connection.totalCount)} 场）` : ''}
        </Typography.Title>
        <Input.Search
          key={search ?? ''}
          defaultValue={search}
          allowClear
          placeholder="搜索活动主题：汉字、拼音或首字母"
          aria-label="搜索活动主题"
          style={{ width: 320 }}
          onSearch={(text) => onSearch(text.trim() || undefined)}
        />
      </Flex>
      <Table<EventRow>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={rows}
        pagination={false}
        onChange={(_pagination, _filters, sorter) => {
          const one = (Array.isArray(sorter) ? sorter[0] : sorter) as SorterResult<EventRow> | undefined;
          const field = one?.order ? SORTABLE[String(one.columnKey)] : undefined;
          onSort(field ? { field, direction: one?.order === 'ascend' ? 'ASC' : 'DESC' } : undefined);
        }}
        columns={[
          { key: 'title', title: '活动主题', dataIndex: 'title', sorter: true, sortOrder: order('TITLE') },
          {
            key: 'heldAt',
            title: '举办时间',
            dataIndex: 'heldAt',
            sorter: true,
            sortOrder: order('HELD_AT'),
            render: (value: string) => chinaDateTime(value),
            width: 150,
          },
          { key: 'format', title: '活动形式', dataIndex: 'format', render: (value: string) => labels.get(value) ?? value, width: 110 },
          {
            key: 'venueType',
            title: '场所类型',
            dataIndex: 'venueType',
            render: (value: string) => labels.get(value) ?? value,
            width: 100,
          },
          { key: 'host', title: '承办单位', render: (_: unknown, row) => shortUnitName(row.host.name) },
          { key: 'lectureGroup', title: '宣讲小组', render: (_: unknown, row) => row.lectureGroup?.name ?? '—' },
          {
            key: 'audienceCount',
            title: '受众人次',
            dataIndex: 'audienceCount',
            sorter: true,
            sortOrder: order('AUDIENCE_COUNT'),
            align: 'right',
            render: (value: number) => formatCount(value),
            width: 110,
          },
        ]}
      />
      <Flex justify="space-between" align="center" style={{ marginTop: 12 }} wrap gap={12}>
        <span aria-live="polite">
          {connection && rows.length > 0 && firstRow !== undefined
            ? `第 ${pageNumber} 页 · 第 ${formatCount(firstRow)}–${formatCount(firstRow + rows.length - 1)} 场，共 ${formatCount(connection.totalCount)} 场`
            : ''}
        </span>
        <Flex gap={8}>
          <Button onClick={onFirst} disabled={atFirstPage}>
            首页
          </Button>
          <Button onClick={onPrevious} disabled={atFirstPage}>
            上一页
          </Button>
          <Button
            onClick={() => connection?.pageInfo.endCursor && onNext(connection.pageInfo.endCursor)}
            disabled={!connection?.pageInfo.hasNextPage}
          >
            下一页
          </Button>
        </Flex>
      </Flex>
    </section>
  );
}
