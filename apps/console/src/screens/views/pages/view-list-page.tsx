import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, ConfigProvider, Input, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { describeError } from '../../../api/api-error';
import { useGraphQLQuery } from '../../../api/use-graphql';
import { useSignedIn } from '../../../auth/session-context';
import type { ConsoleSavedViewListQuery } from '../../../gql/graphql';
import { chinaDateTime } from '../../../shared/labels';
import { ToneTag } from '../../../shared/tone-tag';
import { SavedViewList } from '../api/saved-view-documents';
import { canCreateView } from '../api/view-permissions';

/** Ant Design's link blue is too light on white for WCAG AA; its darker shade passes. */
const LINK_COLOR = '#0958d9';

type Row = ConsoleSavedViewListQuery['savedViews']['edges'][number]['node'];

function listFooter(views: ConsoleSavedViewListQuery['savedViews'] | undefined): string {
  if (!views) return '';
  const shown = views.edges.length;
  return shown < views.totalCount
    ? `共 ${views.totalCount} 个看板，显示最近更新的 ${shown} 个，其余可搜索名称查找`
    : `共 ${views.totalCount} 个看板`;
}

/** 看板列表: the views of the caller's unit and the units above it, newest change first. */
export function ViewListPage() {
  const session = useSignedIn();
  const navigate = useNavigate();
  const [search, setSearch] = useState('');
  const list = useGraphQLQuery(SavedViewList, { search: search || null, after: null }, { placeholderData: (previous) => previous });
  const rows = list.data?.savedViews.edges.map((e) => e.node) ?? [];
  const columns = [
    {
      title: '看板名称',
      key: 'name',
      render: (_: unknown, view: Row) => (
        <Space orientation="vertical" size={0}>
          <Link to={`/views/${view.id}`}>{view.name}</Link>
          {view.description && <Typography.Text type="secondary">{view.description}</Typography.Text>}
        </Space>
      ),
    },
    { title: '所属单位', key: 'owner', width: 260, render: (_: unknown, view: Row) => view.ownerUnit?.name ?? '全平台' },
    { title: '更新时间', key: 'updatedAt', width: 170, render: (_: unknown, view: Row) => chinaDateTime(view.updatedAt) },
    {
      title: '公开链接',
      key: 'shared',
      width: 100,
      render: (_: unknown, view: Row) => (view.shareKey ? <ToneTag tone="success">已分享</ToneTag> : <ToneTag>未分享</ToneTag>),
    },
    {
      title: '操作',
      key: 'actions',
      width: 150,
      render: (_: unknown, view: Row) => (
        <Space>
          <Link to={`/views/${view.id}`} aria-label={`查看${view.name}`}>
            查看
          </Link>
          <a href={`/console/wall/view/${view.id}`} target="_blank" rel="noreferrer" aria-label={`${view.name}大屏`}>
            大屏
          </a>
        </Space>
      ),
    },
  ];
  return (
    <section aria-labelledby="view-list-title">
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 16 }} wrap>
        <Typography.Title level={1} id="view-list-title" style={{ fontSize: 22, margin: 0 }}>
          看板搭建
        </Typography.Title>
        <Space wrap>
          <Input.Search placeholder="按名称或拼音搜索看板" allowClear onSearch={setSearch} style={{ width: 260 }} aria-label="搜索看板" />
          {canCreateView(session) && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/views/new')}>
              新建看板
            </Button>
          )}
        </Space>
      </Space>
      <Typography.Paragraph type="secondary">
        本单位及上级单位保存的看板都在这里；看板由头条数字、分类统计、趋势、明细表、排行和覆盖情况等面板组成，可分享为大屏公开链接。
      </Typography.Paragraph>
      {list.error && <Alert type="error" showIcon title={describeError(list.error)} style={{ marginBottom: 16 }} />}
      <ConfigProvider theme={{ token: { colorLink: LINK_COLOR, colorLinkHover: LINK_COLOR } }}>
        <Table<Row>
          rowKey="id"
          columns={columns}
          dataSource={rows}
          loading={list.isPending}
          pagination={false}
          locale={{ emptyText: '还没有看板，点击「新建看板」开始搭建' }}
          footer={() => listFooter(list.data?.savedViews)}
        />
      </ConfigProvider>
    </section>
  );
}
