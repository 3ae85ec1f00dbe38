import { Alert, Spin } from 'antd';
import { useParams, useSearchParams } from 'react-router';
import { describeError } from '../../api/api-error';
import { wallRefreshMs, WallFrame } from '../../shared/wall/wall-frame';
import { useSavedViewPanels } from './panels/use-view-panels';
import { WallView } from './render/wall-view';

/** 大屏 of a saved view (/wall/view/:viewId, signed in): refreshes itself every minute (two requests each time). */
export default function ViewWallPage() {
  const { viewId = '' } = useParams();
  const [search] = useSearchParams();
  const loaded = useSavedViewPanels(viewId, wallRefreshMs(search));
  const data = loaded.data;
  const view = data?.view;
  if (loaded.isPending)
    return (
      <WallFrame title="看板大屏">
        <Spin size="large" description="加载中…" />
      </WallFrame>
    );
  if (!data || !view)
    return (
      <WallFrame title="看板大屏">
        <Alert type="error" showIcon title={loaded.error ? describeError(loaded.error) : '看板不存在或无权查看'} />
      </WallFrame>
    );
  return (
    <WallFrame title={view.name} subtitle={view.description ?? view.ownerUnit?.name ?? undefined} updatedAt={loaded.dataUpdatedAt}>
      {loaded.error && <Alert type="warning" showIcon title={`刷新失败，显示的是上次的数据：${describeError(loaded.error)}`} />}
      <WallView panels={data.parsed.definition.panels} outcomes={data.outcomes} />
    </WallFrame>
  );
}
