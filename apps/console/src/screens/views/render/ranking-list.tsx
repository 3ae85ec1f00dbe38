import { formatCount } from '../../../shared/labels';
import type { RankingData } from '../panels/panel-data';
import { PanelNotice } from './panel-notice';

/** 排行: rank, name and figure, with a bar against the first. */
export function RankingList({ data }: { data: RankingData }) {
  if (data.entries.length === 0) return <PanelNotice>所选范围和期间内没有数据</PanelNotice>;
  const top = Math.max(...data.entries.map((e) => e.value), 1);
  return (
    <ol className="view-ranking" aria-label={`${data.measureLabel}排行`}>
      {data.entries.map((entry) => (
        <li key={`${entry.rank}-${entry.name}`}>
          <span className="view-ranking__rank" aria-label={`第 ${entry.rank} 名`}>
            {entry.rank}
          </span>
          <span className="view-ranking__name" title={entry.name}>
            {entry.name}
          </span>
          <span className="view-ranking__bar" style={{ width: `${Math.max((entry.value / top) * 100, 2)}%` }} aria-hidden />
          <span className="view-ranking__value">
            {formatCount(entry.value)} {data.unit}
          </span>
        </li>
      ))}
    </ol>
  );
}
