import { Alert, Skeleton } from 'antd';
import type { Panel } from '../definition/view-definition';
import type { PanelOutcome } from '../panels/panel-data';
import { CoverageView } from './coverage-view';
import { FiguresView } from './figures-view';
import { RankingList } from './ranking-list';
import { RowsTable } from './rows-table';
import { SeriesChart } from './series-chart';
import { PanelNotice } from './panel-notice';

export interface PanelBodyProps {
  panel: Panel;
  outcome: PanelOutcome | undefined;
  /** The wall screen: dark, large. */
  wall?: boolean;
}

/** What a panel shows for its outcome: its figures, a notice, or the API's error, in Chinese. */
export function PanelBody({ panel, outcome, wall }: PanelBodyProps) {
  if (!outcome) return <Skeleton active paragraph={{ rows: 3 }} />;
  if (outcome.state === 'notice') return <PanelNotice>{outcome.message}</PanelNotice>;
  if (outcome.state === 'error') return <Alert type="error" showIcon title="该面板数据加载失败" description={outcome.message} />;
  const { data } = outcome;
  const theme = wall ? ('dark' as const) : undefined;
  const height = wall ? 340 : 300;
  switch (data.kind) {
    case 'figures':
      return <FiguresView data={data} />;
    case 'series': {
      const chart = panel.kind === 'breakdown' ? panel.options.chart : 'line';
      return <SeriesChart data={data} chart={chart} title={panel.title} theme={theme} height={height} />;
    }
    case 'rows':
      return <RowsTable data={data} large={wall} />;
    case 'ranking':
      return <RankingList data={data} />;
    case 'coverage':
      return <CoverageView data={data} large={wall} />;
  }
}

/** The unit name the panel's answer carries, when it has one. */
export function answeredUnitName(outcome: PanelOutcome | undefined): string | undefined {
  if (outcome?.state !== 'ok' || outcome.data.kind === 'rows') return undefined;
  return outcome.data.unitName;
}
