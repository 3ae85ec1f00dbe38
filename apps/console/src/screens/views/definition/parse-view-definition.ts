import { SOURCES, UNIT_DIMENSION_VALUES } from './panel-catalog';
import { DEFAULT_TITLES, newPanel, nextPanelId } from './panel-defaults';
import {
  CHART_TYPES,
  COVERAGE_LEVELS,
  DATA_SOURCES,
  DEFINITION_VERSION,
  HEADLINE_METRICS,
  MAX_PANELS,
  PANEL_KINDS,
  PANEL_WIDTHS,
  TABLE_ORDERS,
  TOP_SUBJECTS,
  type DataSource,
  type Panel,
  type PanelFilters,
  type ViewDefinition,
} from './view-definition';

/** A definition as the console can show it, and what had to be repaired to get there (in Chinese, for the user). */
export interface ParsedDefinition {
  definition: ViewDefinition;
  repairs: string[];
}

const MAX_TITLE_LENGTH = 40;
const MAX_LABEL_LENGTH = 100;
const MAX_ID_LENGTH = 40;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function oneOf<T extends string>(allowed: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value);
}

function isDay(value: unknown): value is string {
  if (typeof value !== 'string' || !DAY.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/**
 * Reads a stored definition (SavedView.definition or PublicView.definition), never throwing: text
 * that is not JSON, unknown panel kinds, bad or duplicate ids, invalid filters and options are
 * dropped or replaced by defaults, each repair named, so a view hand-edited or saved by another
 * version of the console still opens.
 */
export function parseViewDefinition(stored: unknown): ParsedDefinition {
  const repairs: string[] = [];
  let root: unknown = stored;
  if (typeof stored === 'string') {
    try {
      root = JSON.parse(stored);
    } catch {
      return { definition: empty(), repairs: ['看板定义不是有效的 JSON，已按空看板打开'] };
    }
  }
  if (!isObject(root)) return { definition: empty(), repairs: ['看板定义不是 JSON 对象，已按空看板打开'] };

  if (root.version !== undefined && root.version !== DEFINITION_VERSION) {
    repairs.push(
      typeof root.version === 'number' && root.version > DEFINITION_VERSION
        ? `看板由较新版本的工作台保存（版本 ${root.version}），部分设置可能无法显示`
        : '看板定义的版本号无效，已按版本 1 读取',
    );
  }
  if (root.panels !== undefined && !Array.isArray(root.panels)) repairs.push('看板定义的面板列表无效，已按空看板打开');
  const storedPanels = Array.isArray(root.panels) ? root.panels : [];

  const panels: Panel[] = [];
  storedPanels.forEach((raw, index) => {
    const panel = readPanel(raw, index, panels, repairs);
    if (panel) panels.push(panel);
  });
  if (panels.length > MAX_PANELS) {
    repairs.push(`一个看板最多 ${MAX_PANELS} 个面板，多出的 ${panels.length - MAX_PANELS} 个已忽略`);
    panels.length = MAX_PANELS;
  }
  return { definition: { version: DEFINITION_VERSION, panels }, repairs };
}

function empty(): ViewDefinition {
  return { version: DEFINITION_VERSION, panels: [] };
}

function readPanel(raw: unknown, index: number, earlier: Panel[], repairs: string[]): Panel | null {
  if (!isObject(raw)) {
    repairs.push(`第 ${index + 1} 个面板无法读取，已忽略`);
    return null;
  }
  if (!oneOf(PANEL_KINDS, raw.kind)) {
    repairs.push(`第 ${index + 1} 个面板的类型「${String(raw.kind)}」无法识别，已忽略`);
    return null;
  }
  const invalid: string[] = [];
  const idIsFree =
    typeof raw.id === 'string' && raw.id.trim() !== '' && raw.id.length <= MAX_ID_LENGTH && !earlier.some((p) => p.id === raw.id);
  if (raw.id !== undefined && !idIsFree) invalid.push('编号');
  const id = idIsFree ? (raw.id as string) : nextPanelId(earlier);

  const panel = newPanel(raw.kind, id, readFilters(raw.filters, invalid));
  const title = typeof raw.title === 'string' ? raw.title.trim() : '';
  if (raw.title !== undefined && title === '') invalid.push('标题');
  panel.title = title === '' ? DEFAULT_TITLES[panel.kind] : title.slice(0, MAX_TITLE_LENGTH);

  const options = isObject(raw.options) ? raw.options : {};
  if (raw.options !== undefined && !isObject(raw.options)) invalid.push('选项');
  readOptions(panel, options, invalid);

  if (invalid.length > 0) repairs.push(`面板「${panel.title}」的设置（${invalid.join('、')}）无效，已改用默认值`);
  return panel;
}

function readFilters(raw: unknown, invalid: string[]): PanelFilters {
  if (raw === undefined) return {};
  if (!isObject(raw)) {
    invalid.push('筛选条件');
    return {};
  }
  const filters: PanelFilters = {};
  const readId = (key: 'campaignId' | 'unitId', label: string) => {
    const value = raw[key];
    if (value === undefined || value === null || value === '') return;
    if (typeof value === 'string' && value.length <= MAX_ID_LENGTH) filters[key] = value;
    else if (typeof value === 'number' && Number.isSafeInteger(value) && value > 0) filters[key] = String(value);
    else invalid.push(label);
  };
  readId('campaignId', '活动');
  readId('unitId', '阵地范围');
  for (const key of ['campaignName', 'unitName'] as const) {
    const value = raw[key];
    if (typeof value === 'string' && value.trim() !== '') filters[key] = value.trim().slice(0, MAX_LABEL_LENGTH);
  }
  for (const key of ['from', 'to'] as const) {
    const value = raw[key];
    if (value === undefined || value === null || value === '') continue;
    if (isDay(value)) filters[key] = value;
    else invalid.push('统计期间');
  }
  if (filters.from && filters.to && filters.from > filters.to) [filters.from, filters.to] = [filters.to, filters.from];
  if (filters.campaignName && !filters.campaignId) delete filters.campaignName;
  if (filters.unitName && !filters.unitId) delete filters.unitName;
  return filters;
}

/** Overlays the stored options that are valid on the kind's defaults, naming those that are not. */
function readOptions(panel: Panel, raw: Json, invalid: string[]): void {
  const take = <K extends string>(key: K, valid: (value: unknown) => boolean, label: string, apply: (value: never) => void) => {
    if (raw[key] === undefined) return;
    if (valid(raw[key])) apply(raw[key] as never);
    else invalid.push(label);
  };
  take(
    'width',
    (v) => oneOf(PANEL_WIDTHS, v),
    '宽度',
    (v) => (panel.options.width = v),
  );

  switch (panel.kind) {
    case 'headline':
      take(
        'metrics',
        (v) => Array.isArray(v) && v.length > 0 && v.every((m) => oneOf(HEADLINE_METRICS, m)),
        '指标',
        (v: string[]) => (panel.options.metrics = HEADLINE_METRICS.filter((m) => v.includes(m))),
      );
      return;
    case 'breakdown':
      readSource(panel.options, raw, invalid);
      take(
        'dimension',
        (v) => isDimension(panel.options.source, v),
        '分组维度',
        (v) => (panel.options.dimension = v),
      );
      take(
        'measure',
        (v) => isMeasure(panel.options.source, v),
        '统计指标',
        (v) => (panel.options.measure = v),
      );
      take(
        'chart',
        (v) => oneOf(CHART_TYPES, v),
        '图表类型',
        (v) => (panel.options.chart = v),
      );
      fitSource(panel.options);
      return;
    case 'trend':
      readSource(panel.options, raw, invalid);
      take(
        'measure',
        (v) => isMeasure(panel.options.source, v),
        '统计指标',
        (v) => (panel.options.measure = v),
      );
      fitSource(panel.options);
      return;
    case 'table':
      take(
        'pageSize',
        (v) => Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 50,
        '条数',
        (v) => (panel.options.pageSize = v),
      );
      take(
        'order',
        (v) => oneOf(TABLE_ORDERS, v),
        '排序',
        (v) => (panel.options.order = v),
      );
      return;
    case 'top':
      take(
        'subject',
        (v) => oneOf(TOP_SUBJECTS, v),
        '排行对象',
        (v) => (panel.options.subject = v),
      );
      readSource(panel.options, raw, invalid);
      take(
        'dimension',
        (v) => oneOf(UNIT_DIMENSION_VALUES, v),
        '排行单位层级',
        (v) => (panel.options.dimension = v),
      );
      take(
        'measure',
        (v) => isMeasure(panel.options.source, v),
        '统计指标',
        (v) => (panel.options.measure = v),
      );
      take(
        'limit',
        (v) => Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 20,
        '名次数',
        (v) => (panel.options.limit = v),
      );
      fitSource(panel.options);
      return;
    case 'coverage':
      take(
        'level',
        (v) => oneOf(COVERAGE_LEVELS, v),
        '检查层级',
        (v) => (panel.options.level = v),
      );
      return;
  }
}

function readSource(options: { source: DataSource }, raw: Json, invalid: string[]): void {
  if (raw.source === undefined) return;
  if (oneOf(DATA_SOURCES, raw.source)) options.source = raw.source;
  else invalid.push('数据来源');
}

function isDimension(source: DataSource, value: unknown): boolean {
  return SOURCES[source].dimensions.some((d) => d.value === value);
}

function isMeasure(source: DataSource, value: unknown): boolean {
  return SOURCES[source].measures.some((m) => m.value === value);
}

/** After the source changed, a dimension or measure of the old one falls back to the new one's first. */
export function fitSource(options: { source: DataSource; dimension?: string; measure: string }): void {
  const info = SOURCES[options.source];
  if (options.dimension !== undefined && !isDimension(options.source, options.dimension)) options.dimension = info.dimensions[0].value;
  if (!isMeasure(options.source, options.measure)) options.measure = info.measures[0].value;
}
