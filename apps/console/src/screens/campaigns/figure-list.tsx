import { formatCount } from '../../shared/labels';
import type { Datum } from '../../shared/charts/chart-options';
import './campaign-view.css';

/**
 * A chart's figures as text beneath it: what a screen reader reads and a user copies.
 */
type Figure = Datum & { unitId?: string };

export function FigureList({ data, unit = '场', label }: { data: Figure[]; unit?: string; label: string }) {
  return (
    <ul className="figure-list" aria-label={label}>
      {data.map((datum) => (
        <li key={datum.unitId ?? datum.name}>
          <span className="figure-list__name">{datum.name}</span>
          <span className="figure-list__value">
            {formatCount(datum.value)}
            {unit}
          </span>
        </li>
      ))}
    </ul>
  );
}
