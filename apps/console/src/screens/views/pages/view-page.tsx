import { DeleteOutlined, DesktopOutlined, EditOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Empty, Popconfirm, Result, Space, Typography } from 'antd';
import { Link, useNavigate, useParams } from 'react-router';
import { describeError } from '../../../api/api-error';
import { useGraphQLMutation } from '../../../api/use-graphql';
import { useSignedIn } from '../../../auth/session-context';
import { chinaDateTime } from '../../../shared/labels';
import { Loading } from '../../../shared/loading';
import { DeleteSavedView } from '../api/saved-view-documents';
import { CONFLICT_MESSAGE, isConflict, useForgetSavedViews } from '../api/view-mutations';
import { canEditView } from '../api/view-permissions';
import { useSavedViewPanels } from '../panels/use-view-panels';
import { PanelFrame } from '../render/panel-frame';
import { ViewGrid } from '../render/view-grid';
import { RepairNotice } from './repair-notice';
import { ShareControls } from './share-controls';

/** One saved view: its panels with their figures, and what the caller may do with it. */
export function ViewPage() {
  const { viewId = '' } = useParams();
  const session = useSignedIn();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const forget = useForgetSavedViews();
  const remove = useGraphQLMutation(DeleteSavedView);
  const loaded = useSavedViewPanels(viewId);

  if (loaded.isPending) return <Loading />;
  if (loaded.error) return <Alert type="error" showIcon title={describeError(loaded.error)} />;
  const { view, parsed, outcomes } = loaded.data;
  if (!view)
    return (
      <Result
        status="404"
        title="看板不存在或无权查看"
        extra={
          <Link to="/views">
            <Button>返回看板列表</Button>
          </Link>
        }
      />
    );

  const canEdit = canEditView(session, view.ownerUnit);
  const deleteView = () =>
    remove.mutate(
      { id: view.id, expectedVersion: view.version },
      {
        onSuccess: () => {
          void message.success('看板已删除');
          void forget().then(() => navigate('/views'));
        },
        onError: (error) => {
          if (isConflict(error)) {
            void message.warning(`${CONFLICT_MESSAGE}，已重新加载，请确认后再删除`);
            void forget(view.id);
          } else void message.error(describeError(error));
        },
      },
    );

  return (
    <article aria-labelledby="view-title">
      <Space orientation="vertical" size={12} style={{ width: '100%', marginBottom: 16 }}>
        <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap align="start">
          <div>
            <Typography.Title level={1} id="view-title" style={{ fontSize: 22, margin: 0 }}>
              {view.name}
            </Typography.Title>
            <Typography.Text type="secondary">
              {view.ownerUnit?.name ?? '全平台'} · 更新于 {chinaDateTime(view.updatedAt)}
            </Typography.Text>
          </div>
          <Space wrap>
            <Button icon={<ReloadOutlined />} loading={loaded.isFetching} onClick={() => void loaded.refetch()}>
              刷新
            </Button>
            <Button icon={<DesktopOutlined />} href={`/console/wall/view/${view.id}`} target="_blank">
              大屏模式
            </Button>
            {canEdit && (
              <Button type="primary" icon={<EditOutlined />} onClick={() => void navigate(`/views/${view.id}/edit`)}>
                编辑
              </Button>
            )}
            {canEdit && (
              <Popconfirm title="删除后无法恢复，公开链接也将失效。确定删除？" okText="删除" cancelText="取消" onConfirm={deleteView}>
                <Button danger icon={<DeleteOutlined />} loading={remove.isPending}>
                  删除
                </Button>
              </Popconfirm>
            )}
          </Space>
        </Space>
        {view.description && <Typography.Paragraph style={{ margin: 0 }}>{view.description}</Typography.Paragraph>}
        <ShareControls view={view} canEdit={canEdit} />
        <RepairNotice repairs={parsed.repairs} />
      </Space>
      {parsed.definition.panels.length === 0 ? (
        <Empty description={canEdit ? '看板还没有面板，点击「编辑」添加' : '看板还没有面板'} />
      ) : (
        <ViewGrid panels={parsed.definition.panels} renderPanel={(panel) => <PanelFrame panel={panel} outcome={outcomes[panel.id]} />} />
      )}
    </article>
  );
}
