import { DeleteOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Input, List, Popconfirm, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { describeError } from '../../../api/api-error';
import { operationName, useGraphQLMutation, useGraphQLQuery } from '../../../api/use-graphql';
import { chinaDateTime } from '../../../shared/labels';
import { Loading } from '../../../shared/loading';
import { DeleteSavedQueryDocument, SavedQueriesDocument } from './saved-query-documents';
import { savedQueryErrorText, type SavedQueryItem } from './saved-query';

/** How many saved queries the list shows; the search finds the others. */
const LIST_SIZE = 50;

/** Makes every list of saved queries read again (after a save, an update or a delete). */
export function useRefreshSavedQueries(): () => Promise<void> {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: [operationName(SavedQueriesDocument)] });
}

/**
 * The queries saved by colleagues of the caller's org subtree (all of them for ADMIN and ANALYST):
 * open one into the editor, or delete it (with the version read, so a colleague's change is not lost).
 */
export function SavedQueryList({
  openId,
  onOpen,
  onDeleted,
}: {
  openId?: string;
  onOpen(item: SavedQueryItem): void;
  onDeleted(id: string): void;
}) {
  const { message } = App.useApp();
  const [search, setSearch] = useState('');
  const list = useGraphQLQuery(SavedQueriesDocument, { search: search || null, first: LIST_SIZE });
  const remove = useGraphQLMutation(DeleteSavedQueryDocument);
  const refresh = useRefreshSavedQueries();

  const deleteItem = async (item: SavedQueryItem) => {
    try {
      await remove.mutateAsync({ id: item.id, expectedVersion: item.version });
      message.success(`已删除“${item.name}”`);
      onDeleted(item.id);
    } catch (error) {
      message.error(savedQueryErrorText(error));
    }
    await refresh();
  };

  return (
    <div role="region" aria-label="已保存的查询">
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Input.Search
          placeholder="按名称或拼音首字母查找"
          allowClear
          aria-label="查找已保存的查询"
          onSearch={(value) => setSearch(value.trim())}
        />
        {list.error ? <Alert type="error" showIcon title={describeError(list.error)} /> : null}
        {!list.data && !list.error ? <Loading label="正在读取已保存的查询…" /> : null}
        {list.data ? (
          <List
            size="small"
            locale={{ emptyText: search ? '没有名称相符的查询' : '还没有保存的查询' }}
            dataSource={list.data.savedQueries.edges.map((edge) => edge.node)}
            renderItem={(item) => (
              <List.Item
                style={{ paddingInline: 0, alignItems: 'flex-start' }}
                actions={[
                  <Popconfirm
                    key="delete"
                    title={`删除“${item.name}”？`}
                    description="同单位的同事也将看不到它。"
                    okText="删除"
                    cancelText="取消"
                    onConfirm={() => void deleteItem(item)}
                  >
                    <Button type="text" size="small" danger icon={<DeleteOutlined />} aria-label={`删除“${item.name}”`} />
                  </Popconfirm>,
                ]}
              >
                <List.Item.Meta
                  title={
                    <Button
                      color="primary"
                      variant="link"
                      size="small"
                      onClick={() => onOpen(item)}
                      style={{ paddingInline: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left' }}
                    >
                      {item.name}
                      {item.id === openId ? <Tag style={{ marginInlineStart: 6 }}>编辑中</Tag> : null}
                    </Button>
                  }
                  description={
                    <>
                      {item.description ? (
                        <Typography.Paragraph style={{ margin: 0, fontSize: 12 }}>{item.description}</Typography.Paragraph>
                      ) : null}
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {item.ownerUnit ? item.ownerUnit.name : '平台（不属任何单位）'} · {chinaDateTime(item.updatedAt)}
                      </Typography.Text>
                    </>
                  }
                />
              </List.Item>
            )}
          />
        ) : null}
        {list.data && list.data.savedQueries.totalCount > LIST_SIZE ? (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            共 {list.data.savedQueries.totalCount.toLocaleString('zh-CN')} 条，仅列出最近修改的 {LIST_SIZE} 条；请按名称查找。
          </Typography.Text>
        ) : null}
      </Space>
    </div>
  );
}
