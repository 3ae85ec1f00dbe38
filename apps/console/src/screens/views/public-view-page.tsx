import { Alert, Spin } from 'antd';
import { useParams, useSearchParams } from 'react-router';
import { describeError } from '../../api/api-error';
import { wallRefreshMs, WallFrame } from '../../shared/wall/wall-frame';
import { usePublicViewPanels } from './panels/use-view-panels';
import { WallView } from './render/wall-view';

/**
 * A shared view's public link (/public/:shareKey): no sign-in, no token sent, so the API answers
 * as to anyone: figures only, never a person's data. Shown as the wall screen, refreshing itself.
 */
export default function PublicViewPage() {
  const { shareKey = '' } = useParams();
  const [search] = useSearchParams();
  const loaded = usePublicViewPanels(shareKey, wallRefreshMs(search));
  const data = loaded.data;
  const view = data?.view;
  if (loaded.isPending)
    return (
      <WallFrame title="公开看板">
        <Spin size="large" description="加载中…" />
      </WallFrame>
    );
  if (!data || !view)
    return (
      <WallFrame title="公开看板">
        <Alert type="error" showIcon title={loaded.error ? describeError(loaded.error) : '该公开链接不存在或已取消分享'} />
      </WallFrame>
    );
  const subtitle = [view.ownerUnitName, view.description].filter(Boolean).join(' · ');
  return (
    <WallFrame title={view.name} subtitle={subtitle || undefined} updatedAt={loaded.dataUpdatedAt}>
      {loaded.error && <Alert type="warning" showIcon title={`刷新失败，显示的是上次的数据：${describeError(loaded.error)}`} />}
      <WallView panels={data.parsed.definition.panels} outcomes={data.outcomes} />
    </WallFrame>
  );
}
