import type { Panel } from '../definition/view-definition';
import type { PanelOutcomes } from '../panels/run-panels';
import { PanelFrame } from './panel-frame';
import { PanelNotice } from './panel-notice';
import { ViewGrid } from './view-grid';

/** A view's panels on the wall screen: dark, large type. */
export function WallView({ panels, outcomes }: { panels: readonly Panel[]; outcomes: PanelOutcomes }) {
  if (panels.length === 0)
    return (
      <div className="view-grid view-grid--dark">
        <PanelNotice>看板还没有面板</PanelNotice>
      </div>
    );
  return <ViewGrid wall panels={panels} renderPanel={(panel) => <PanelFrame wall panel={panel} outcome={outcomes[panel.id]} />} />;
}
