import type { ReactNode } from 'react';
import { panelRows } from '../definition/arrange-panels';
import type { Panel } from '../definition/view-definition';
import './panels.css';

/** The panels in rows of two columns: a full-width panel alone, two half-width ones side by side. */
export function ViewGrid({
  panels,
  wall,
  renderPanel,
}: {
  panels: readonly Panel[];
  wall?: boolean;
  renderPanel(panel: Panel): ReactNode;
}) {
  return (
    <div className={wall ? 'view-grid view-grid--dark' : 'view-grid'}>
      {panelRows(panels).map((row) => (
        <div className="view-grid__row" key={row.map((p) => p.id).join('-')}>
          {row.map((panel) => (
            <div key={panel.id} className={panel.options.width === 'full' ? 'view-grid__cell--full' : undefined}>
              {renderPanel(panel)}
            </div>
          ))}
        </div>
      ))}
    </div>
  );
}
