import { Card } from 'antd';
import type { ReactNode } from 'react';
import type { Panel } from '../definition/view-definition';
import type { PanelOutcome } from '../panels/panel-data';
import { describeFilters } from './describe-filters';
import { answeredUnitName, PanelBody } from './panel-body';

export interface PanelFrameProps {
  panel: Panel;
  outcome: PanelOutcome | undefined;
  wall?: boolean;
  /** Buttons in the card's header (the builder's arrange tools). */
  extra?: ReactNode;
  /** Above the figures (the builder's settings). */
  children?: ReactNode;
}

/** One panel as a card: its title, what it counts, and its figures. */
export function PanelFrame({ panel, outcome, wall, extra, children }: PanelFrameProps) {
  const headingId = `panel-${panel.id}-title`;
  return (
    <Card
      className="view-panel"
      role="region"
      aria-labelledby={headingId}
      title={
        <div>
          <h2 className="view-panel__title" id={headingId}>
            {panel.title}
          </h2>
          <p className="view-panel__subtitle">{describeFilters(panel, answeredUnitName(outcome))}</p>
        </div>
      }
      extra={extra}
    >
      {children}
      <PanelBody panel={panel} outcome={outcome} wall={wall} />
    </Card>
  );
}
