/**
 * A saved view's definition (看板定义), the JSON text the console stores in SavedView.definition:
 * `{ "version": 1, "panels": [ { "id", "kind", "title", "filters": {...}, "options": {...} } ] }`.
 * The server checks only that it is a JSON object; parse-view-definition.ts reads it back.
 */

export const DEFINITION_VERSION = 1;

/**
 * A view runs all its panels in one batched request, and the gateway takes at most ten operations
 * per batch (GATEWAY_MAX_BATCH_SIZE): more panels would cost a second request per refresh.
 */
export const MAX_PANELS = 10;

export const PANEL_KINDS = ['headline', 'breakdown', 'trend', 'table', 'top', 'coverage'] as const;
export type PanelKind = (typeof PANEL_KINDS)[number];

export const PANEL_WIDTHS = ['half', 'full'] as const;
export type PanelWidth = (typeof PANEL_WIDTHS)[number];

export const CHART_TYPES = ['bar', 'pie', 'line'] as const;
export type ChartType = (typeof CHART_TYPES)[number];

/** Which figures a breakdown, trend or top list counts. */
export const DATA_SOURCES = ['events', 'serviceHours', 'volunteers', 'training'] as const;
export type DataSource = (typeof DATA_SOURCES)[number];

export const HEADLINE_METRICS = ['events', 'audience', 'volunteers', 'hours'] as const;
export type HeadlineMetric = (typeof HEADLINE_METRICS)[number];

export const TABLE_ORDERS = ['latest', 'audience'] as const;
export type TableOrder = (typeof TABLE_ORDERS)[number];

export const TOP_SUBJECTS = ['units', 'volunteers'] as const;
export type TopSubject = (typeof TOP_SUBJECTS)[number];

export const COVERAGE_LEVELS = ['INSTITUTE', 'STATION'] as const;
export type CoverageLevel = (typeof COVERAGE_LEVELS)[number];

/**
 * What a panel counts: a campaign, an org unit's subtree and a period of whole days (Beijing).
 * The names are labels kept for display only; the ids decide what is asked.
 */
export interface PanelFilters {
  campaignId?: string;
  campaignName?: string;
  unitId?: string;
  unitName?: string;
  /** YYYY-MM-DD, included. */
  from?: string;
  /** YYYY-MM-DD, included. */
  to?: string;
}

interface PanelOf<K extends PanelKind, O> {
  id: string;
  kind: K;
  title: string;
  filters: PanelFilters;
  options: O & { width: PanelWidth };
}

/** 头条数字: the chosen figures in large type. */
export type HeadlinePanel = PanelOf<'headline', { metrics: HeadlineMetric[] }>;

/** 分类统计: one measure of a source broken down by one dimension, as bars, a pie or a line. */
export type BreakdownPanel = PanelOf<'breakdown', { source: DataSource; dimension: string; measure: string; chart: ChartType }>;

/** 趋势: one measure of a source month by month, as a line. */
export type TrendPanel = PanelOf<'trend', { source: DataSource; measure: string }>;

/** 明细表: the campaign events, newest or largest first. */
export type TablePanel = PanelOf<'table', { pageSize: number; order: TableOrder }>;

/** 排行: the units (or, for staff only, the volunteers) with the most of a measure. */
export type TopPanel = PanelOf<'top', { subject: TopSubject; source: DataSource; dimension: string; measure: string; limit: number }>;

/** 覆盖情况: townships and villages covered, and (for a campaign) the units that held no event. */
export type CoveragePanel = PanelOf<'coverage', { level: CoverageLevel }>;

export type Panel = HeadlinePanel | BreakdownPanel | TrendPanel | TablePanel | TopPanel | CoveragePanel;

export interface ViewDefinition {
  version: typeof DEFINITION_VERSION;
  panels: Panel[];
}

/** The text stored in SavedView.definition. */
export function serializeViewDefinition(definition: ViewDefinition): string {
  return JSON.stringify({ version: DEFINITION_VERSION, panels: definition.panels });
}
