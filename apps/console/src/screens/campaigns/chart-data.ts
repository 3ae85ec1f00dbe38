import type { ConsoleCampaignViewCellFragment, ConsoleCampaignViewFiguresQuery, OrgLevel } from '../../gql/graphql';
import type { Datum } from '../../shared/charts/chart-options';

type Figures = ConsoleCampaignViewFiguresQuery;
type ScopeUnit = NonNullable<Figures['orgUnit']>;
type Cell = ConsoleCampaignViewCellFragment;

/** The key of the bucket for events a unit hosted itself (above the tier a breakdown groups by). */
const NONE_KEY = 'NONE';

/** A bar of the unit chart: a township, station or point to drill into; no unit for events hosted at the scope itself. */
export interface UnitDatum extends Datum {
  unitId?: string;
  /** People reached (受众人次). */
  audience: number;
}

/** The chart by unit: which dimension it shows at this scope, under what title, with which bars. */
export interface UnitBreakdown {
  dimension: 'TOWNSHIP' | 'CHILD_UNIT';
  title: string;
  data: UnitDatum[];
}

/** A target gauge (目标完成度): a figure against what it is measured by. */
export interface Gauge {
  key: 'eventTarget' | 'eventShare' | 'audienceTarget' | 'stationCoverage';
  title: string;
  /** What value/target are, shown under the percentage. */
  measure: string;
  value: number;
  target: number;
}

/** The headline figures of the view (核心指标). */
export interface Headline {
  eventCount: number;
  audienceTotal: number;
  volunteerCount: number;
  stationCount: number;
  stationsWithEvents: number;
}

const UNIT_SUFFIX = /新时代文明实践(分中心|中心|所|站|点)$/;

/** 会东街道新时代文明实践所 → 会东街道: what fits on a chart's axis. */
export function shortUnitName(name: string): string {
  return name.replace(UNIT_SUFFIX, '') || name;
}

/**
 * A one-dimensional breakdown by an enum as chart data, in the enum's order (the five intos as
 * people list them: 机关、学校、社区、企业、农村); kinds with no events left out (the API lists every kind).
 */
export function kindData(cells: readonly Cell[], order: readonly { value: string }[] = []): Datum[] {
  const rank = (cell: Cell) => {
    const index = order.findIndex((term) => term.value === keyOf(cell));
    return index < 0 ? order.length : index;
  };
  return cells
    .filter((cell) => cell.eventCount > 0)
    .sort((a, b) => rank(a) - rank(b))
    .map((cell) => ({ name: labelOf(cell), value: cell.eventCount }));
}

/**
 * Months in order, zeros kept: a gap in a trend is news. Without a period the API lists only the
 * months that had events, so the months of `span` (the period, else the campaign's) are filled in.
 */
export function monthData(cells: readonly Cell[], span: { from?: string | null; to?: string | null } = {}): Datum[] {
  const byMonth = new Map(cells.map((cell) => [keyOf(cell), { name: labelOf(cell), value: cell.eventCount }]));
  const keys = [...byMonth.keys()].sort();
  const first = span.from?.slice(0, 7) ?? keys[0];
  const last = span.to?.slice(0, 7) ?? keys.at(-1);
  if (first && last)
    for (const month of monthsBetween(first, last)) if (!byMonth.has(month)) byMonth.set(month, { name: monthLabel(month), value: 0 });
  return [...byMonth.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, datum]) => datum);
}

/** YYYY-MM of every month from `first` to `last`, both included (at most ten years: a guard, not a limit anyone meets). */
function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  let [year, month] = first.split('-').map(Number);
  for (let n = 0; n < 120; n++) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    if (key > last) break;
    months.push(key);
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  }
  return months;
}

/** 2021-03 → 2021年3月, as the API labels months. */
function monthLabel(month: string): string {
  const [year, number] = month.split('-');
  return `${year}年${Number(number)}月`;
}

/**
 * The breakdown by unit for this scope: townships below a county center (or sub-center), the
 * stations of a township, the points of a station. Units without events stay (a coverage gap);
 * the scope's own events get a bar only when there are any.
 */
export function unitBreakdown(unit: ScopeUnit): UnitBreakdown {
  const byTownship = unit.level === 'CENTER' || unit.level === 'SUB_CENTER';
  const cells = byTownship ? unit.byTownship : unit.byChildUnit;
  const data = cells
    .filter((cell) => keyOf(cell) !== NONE_KEY || cell.eventCount > 0)
    .map((cell) => {
      const key = keyOf(cell);
      const figures = { value: cell.eventCount, audience: cell.audienceTotal };
      return key === NONE_KEY ? { name: '本级承办', ...figures } : { name: shortUnitName(labelOf(cell)), unitId: key, ...figures };
    });
  return { dimension: byTownship ? 'TOWNSHIP' : 'CHILD_UNIT', title: UNIT_CHART_TITLES[unit.level], data };
}

const UNIT_CHART_TITLES: Record<OrgLevel, string> = {
  CENTER: '按乡镇（街道）',
  SUB_CENTER: '按乡镇（街道）',
  INSTITUTE: '按村（社区）实践站',
  STATION: '按实践点',
  POINT: '按下级单位',
};

/** The scope's figures; a station counts itself among the stations (its descendants are practice points). */
export function headline(unit: ScopeUnit): Headline {
  const figures = { eventCount: unit.stats.eventCount, audienceTotal: unit.stats.audienceTotal, volunteerCount: unit.stats.volunteerCount };
  if (unit.level === 'STATION') return { ...figures, stationCount: 1, stationsWithEvents: figures.eventCount > 0 ? 1 : 0 };
  const stationCount = unit.stations.totalCount;
  return { ...figures, stationCount, stationsWithEvents: Math.max(0, stationCount - unit.stationsWithoutEvents.length) };
}

/**
 * The gauges that mean something here: the campaign's targets only where the scope holds all of
 * its events (a township is not measured against the county's 700 sessions: its share is shown
 * instead), and station coverage wherever there are stations.
 */
export function gauges(campaign: NonNullable<Figures['campaign']>, unit: ScopeUnit): Gauge[] {
  const figures = headline(unit);
  const campaignEvents = campaign.stats.eventCount;
  const holdsAllEvents = figures.eventCount === campaignEvents;
  const result: Gauge[] = [];
  if (holdsAllEvents && campaign.eventTarget) {
    result.push({
      key: 'eventTarget',
      title: '场次目标完成率',
      measure: '已开展/目标场次',
      value: figures.eventCount,
      target: campaign.eventTarget,
    });
  } else if (!holdsAllEvents && campaignEvents > 0) {
    result.push({ key: 'eventShare', title: '占全部场次', measure: '本范围/全部场次', value: figures.eventCount, target: campaignEvents });
  }
  if (holdsAllEvents && campaign.audienceTarget) {
    result.push({
      key: 'audienceTarget',
      title: '受众目标完成率',
      measure: '受众/目标人次',
      value: figures.audienceTotal,
      target: campaign.audienceTarget,
    });
  }
  if (figures.stationCount > 0) {
    result.push({
      key: 'stationCoverage',
      title: '实践站覆盖率',
      measure: '已开展/全部实践站',
      value: figures.stationsWithEvents,
      target: figures.stationCount,
    });
  }
  return result;
}

/** value / target as a percentage with one decimal (may pass 100). */
export function percentOf(value: number, target: number): number {
  return target > 0 ? Math.round((value / target) * 1000) / 10 : 0;
}

/** A link of the drill-down trail (层级导航). */
export interface TrailStep {
  id: string;
  name: string;
}

/**
 * From the signed-in user's own unit down to the scope: the way back up a drill-down. Units above
 * the user's own are left out (they are not theirs to look at); without an own unit, every ancestor.
 */
export function drillTrail(unit: Pick<ScopeUnit, 'id' | 'name' | 'code' | 'ancestors'>, ownUnitCode?: string): TrailStep[] {
  const chain = [...unit.ancestors, unit];
  const own = ownUnitCode ? chain.findIndex((step) => step.code === ownUnitCode) : -1;
  return chain.slice(Math.max(own, 0)).map((step) => ({ id: step.id, name: step.name }));
}

function keyOf(cell: Cell): string {
  return cell.keys[0]?.key ?? NONE_KEY;
}

function labelOf(cell: Cell): string {
  return cell.keys[0]?.label ?? '';
}

/** A chart's content in words, for screen readers: 活动场次按场所类型：进机关 144，进学校 144… */
export function describeData(title: string, data: readonly Datum[]): string {
  return data.length === 0 ? `${title}：暂无数据` : `${title}：${data.map((d) => `${d.name} ${d.value}`).join('，')}`;
}
