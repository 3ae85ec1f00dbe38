import type { Panel, PanelFilters, PanelKind } from './view-definition';

export const DEFAULT_TITLES: Record<PanelKind, string> = {
  headline: '核心指标',
  breakdown: '分类统计',
  trend: '逐月趋势',
  table: '活动明细',
  top: '排行榜',
  coverage: '覆盖情况',
};

/** A new panel of a kind, with the options a propaganda department most often wants. */
export function newPanel(kind: PanelKind, id: string, filters: PanelFilters = {}): Panel {
  const base = { id, title: DEFAULT_TITLES[kind], filters: { ...filters } };
  switch (kind) {
    case 'headline':
      return { ...base, kind, options: { width: 'full', metrics: ['events', 'audience', 'volunteers', 'hours'] } };
    case 'breakdown':
      return { ...base, kind, options: { width: 'half', source: 'events', dimension: 'TOWNSHIP', measure: 'eventCount', chart: 'bar' } };
    case 'trend':
      return { ...base, kind, options: { width: 'half', source: 'events', measure: 'eventCount' } };
    case 'table':
      return { ...base, kind, options: { width: 'full', pageSize: 10, order: 'latest' } };
    case 'top':
      return {
        ...base,
        kind,
        options: { width: 'half', subject: 'units', source: 'events', dimension: 'TOWNSHIP', measure: 'eventCount', limit: 10 },
      };
    case 'coverage':
      return { ...base, kind, options: { width: 'half', level: 'STATION' } };
  }
}

/** An id no panel of the view has yet: p1, p2, … */
export function nextPanelId(panels: readonly { id: string }[]): string {
  const taken = new Set(panels.map((p) => p.id));
  let n = panels.length + 1;
  while (taken.has(`p${n}`)) n += 1;
  return `p${n}`;
}
