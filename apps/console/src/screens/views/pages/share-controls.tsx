import { CopyOutlined, LinkOutlined, StopOutlined } from '@ant-design/icons';
import { App, Button, Input, Popconfirm, Space, Typography } from 'antd';
import { describeError } from '../../../api/api-error';
import { copyText } from '../../../shared/copy-text';
import { CONFLICT_MESSAGE, isConflict, useForgetSavedViews } from '../api/view-mutations';
import { publicViewUrl } from '../api/view-permissions';
import { useShareView, type ShareableView } from './use-share-view';

export interface ShareControlsProps {
  view: ShareableView & { shareKey?: string | null };
  canEdit: boolean;
}

/**
 * 分享: a shared view's public link (read-only, no sign-in, figures only) with a copy button, and
 * sharing or revoking it for those who may edit the view.
 */
export function ShareControls({ view, canEdit }: ShareControlsProps) {
  const { message } = App.useApp();
  const forget = useForgetSavedViews();
  const { shareView, unshareView, sharing, unsharing } = useShareView();
  const link = view.shareKey ? publicViewUrl(view.shareKey) : null;

  const attempt = async (action: () => Promise<string>) => {
    try {
      void message.success(await action());
    } catch (error) {
      if (isConflict(error)) void message.warning(`${CONFLICT_MESSAGE}，已重新加载，请再试一次`);
      else void message.error(describeError(error));
    }
    await forget(view.id);
  };
  const onShare = () =>
    attempt(async () => {
      const { completedScope } = await shareView(view);
      return completedScope ? '已生成公开链接（未设范围的面板已按看板所属单位统计）' : '已生成公开链接';
    });
  const onUnshare = () =>
    attempt(async () => {
      await unshareView(view);
      return '已取消分享';
    });

  if (!link) {
    if (!canEdit) return null;
    return (
      <Button icon={<LinkOutlined />} loading={sharing} onClick={() => void onShare()}>
        分享为公开链接
      </Button>
    );
  }
  return (
    <section aria-label="公开链接" style={{ maxWidth: 760 }}>
      <Typography.Text strong>公开链接（无需登录，只显示统计数字，不含个人信息）</Typography.Text>
      <Space.Compact style={{ width: '100%', marginTop: 4 }}>
        <Input readOnly value={link} aria-label="公开链接地址" onFocus={(e) => e.target.select()} />
        <Button
          icon={<CopyOutlined />}
          onClick={() => void copyText(link).then((ok) => (ok ? message.success('已复制公开链接') : message.error('复制失败，请手动复制')))}
        >
          复制
        </Button>
        <Button href={link} target="_blank" rel="noreferrer">
          打开
        </Button>
        {canEdit && (
          <Popconfirm
            title="取消分享后，原链接将无法打开。确定取消？"
            okText="取消分享"
            cancelText="保留"
            onConfirm={() => void onUnshare()}
          >
            <Button danger icon={<StopOutlined />} loading={unsharing}>
              取消分享
            </Button>
          </Popconfirm>
        )}
      </Space.Compact>
    </section>
  );
}
