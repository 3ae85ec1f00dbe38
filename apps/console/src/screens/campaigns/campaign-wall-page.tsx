import { Alert } from 'antd';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { describeError } from '../../api/api-error';
import { Loading } from '../../shared/loading';
import { WallFrame, wallRefreshMs } from '../../shared/wall/wall-frame';
import { gauges, headline, unitBreakdown } from './chart-data';
import { periodText } from '../../shared/period-text';
import { useDefaultView } from './use-default-view';
import { useViewState } from './use-view-state';
import { useWallData } from './use-wall-data';
import { WallBoard } from './wall-board';

/**
 * 大屏: the campaign view's figures full screen (1920×1080, dark, large type) for a meeting room
 * or a hall. It refreshes itself every minute (or `?refresh=<s>`) in one request, without reloading,
 * and keeps its charts, so it can run overnight.
 */
export default function CampaignWallPage() {
  const [params] = useSearchParams();
  const controls = useViewState();
  const defaults = useDefaultView(controls);
  const refreshMs = wallRefreshMs(params);
  const wall = useWallData(controls.state, refreshMs);
  const figures = wall.data?.figures;
  const board = useMemo(() => {
    if (!figures?.campaign || !figures.orgUnit) return undefined;
    return {
      campaign: figures.campaign,
      unit: figures.orgUnit,
      vocabulary: figures.vocabulary,
      headline: headline(figures.orgUnit),
      gauges: gauges(figures.campaign, figures.orgUnit),
      units: unitBreakdown(figures.orgUnit),
    };
  }, [figures]);

  const title = board?.campaign.name ?? '活动看板';
  const subtitle = board
    ? `${board.unit.name} · 统计期间：${periodText(controls.state.from ?? board.campaign.startsOn, controls.state.to ?? board.campaign.endsOn)}`
    : undefined;
  const problem = defaults.error ?? (wall.data ? null : wall.error);
  return (
    <WallFrame title={title} subtitle={subtitle} updatedAt={wall.dataUpdatedAt || undefined}>
      {problem ? (
        <Alert type="error" showIcon title={describeError(problem)} />
      ) : !defaults.found ? (
        <Alert type="warning" showIcon title="暂无可展示的活动" />
      ) : board ? (
        <WallBoard
          {...board}
          monthSpan={{ from: controls.state.from ?? board.campaign.startsOn, to: controls.state.to ?? board.campaign.endsOn }}
          events={wall.data?.events}
        />
      ) : wall.data ? (
        <Alert type="warning" showIcon title="活动或统计范围不存在" />
      ) : (
        <Loading label="正在统计…" />
      )}
    </WallFrame>
  );
}
