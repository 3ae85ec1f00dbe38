import { formatCount } from '../../../shared/labels';
import type { FiguresData } from '../panels/panel-data';

/** 头条数字: each figure large, with its unit and, for a campaign's organiser, its target. */
export function FiguresView({ data }: { data: FiguresData }) {
  return (
    <dl className="view-figures">
      {data.figures.map((figure) => (
        <div className="view-figure" key={figure.label}>
          <dt>{figure.label}</dt>
          <dd>
            <span className="view-figure__value">{formatCount(figure.value)}</span>
            <span className="view-figure__unit">{figure.unit}</span>
            {figure.note && <span className="view-figure__note">{figure.note}</span>}
          </dd>
        </div>
      ))}
    </dl>
  );
}
