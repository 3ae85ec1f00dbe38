import type { ChartType, CoverageLevel, DataSource, HeadlineMetric, PanelKind, TableOrder, TopSubject } from './view-definition';

/** What county staff call each kind of panel. */
export const PANEL_KIND_LABELS: Record<PanelKind, string> = {
  headline: '头条数字',
  breakdown: '分类统计',
  trend: '趋势',
  table: '明细表',
  top: '排行',
  coverage: '覆盖情况',
};

export const PANEL_KIND_HINTS: Record<PanelKind, string> = {
  headline: '活动场次、受众人次、参与志愿者、服务时长',
  breakdown: '按乡镇、村社区、月份、形式、场所等分组',
  trend: '逐月变化',
  table: '活动场次明细',
  top: '乡镇排名、志愿者服务时长排名',
  coverage: '乡镇、村覆盖率和未开展活动的单位',
};

export const HEADLINE_METRIC_LABELS: Record<HeadlineMetric, { label: string; unit: string }> = {
  events: { label: '活动场次', unit: '场' },
  audience: { label: '受众人次', unit: '人次' },
  volunteers: { label: '参与志愿者', unit: '人' },
  hours: { label: '志愿服务时长', unit: '小时' },
};

export const CHART_TYPE_LABELS: Record<ChartType, string> = { bar: '柱状图', pie: '饼图', line: '折线图' };
export const TABLE_ORDER_LABELS: Record<TableOrder, string> = { latest: '最新在前', audience: '受众最多在前' };
export const TOP_SUBJECT_LABELS: Record<TopSubject, string> = { units: '单位排行', volunteers: '志愿者服务时长排行' };
export const COVERAGE_LEVEL_LABELS: Record<CoverageLevel, string> = { INSTITUTE: '实践所（乡镇）', STATION: '实践站（村社区）' };

export interface Choice {
  value: string;
  label: string;
}

export interface Measure extends Choice {
  unit: string;
}

export interface SourceInfo {
  label: string;
  dimensions: Choice[];
  measures: Measure[];
  /** The dimension a trend runs along. */
  monthDimension: string;
  /** Whether the campaign filter applies (events only: hours, volunteers and training belong to no campaign). */
  byCampaign: boolean;
}

const UNIT_DIMENSIONS: Choice[] = [
  { value: 'TOWNSHIP', label: '乡镇（街道）' },
  { value: 'VILLAGE', label: '村（社区）' },
  { value: 'CHILD_UNIT', label: '下级单位' },
];

/** The breakdowns of the API (campaignEventBreakdown, serviceHoursBreakdown, volunteerBreakdown, trainingBreakdown). */
export const SOURCES: Record<DataSource, SourceInfo> = {
  events: {
    label: '宣传活动',
    dimensions: [
      ...UNIT_DIMENSIONS,
      { value: 'MONTH', label: '月份' },
      { value: 'FORMAT', label: '活动形式' },
      { value: 'VENUE_TYPE', label: '场所类型（五进）' },
      { value: 'ACTION', label: '子行动' },
      { value: 'CAMPAIGN', label: '活动' },
    ],
    measures: [
      { value: 'eventCount', label: '活动场次', unit: '场' },
      { value: 'audienceTotal', label: '受众人次', unit: '人次' },
      { value: 'volunteerCount', label: '参与志愿者', unit: '人' },
    ],
    monthDimension: 'MONTH',
    byCampaign: true,
  },
  serviceHours: {
    label: '志愿服务时长',
    dimensions: [
      ...UNIT_DIMENSIONS,
      { value: 'MONTH', label: '月份' },
      { value: 'TEAM', label: '服务队' },
      { value: 'ACTIVITY', label: '服务活动' },
      { value: 'POLITICAL_STATUS', label: '政治面貌' },
    ],
    measures: [
      { value: 'hours', label: '服务时长', unit: '小时' },
      { value: 'recordCount', label: '服务次数', unit: '次' },
      { value: 'volunteerCount', label: '服务人数', unit: '人' },
    ],
    monthDimension: 'MONTH',
    byCampaign: false,
  },
  volunteers: {
    label: '注册志愿者',
    dimensions: [
      ...UNIT_DIMENSIONS,
      { value: 'REGISTRATION_MONTH', label: '注册月份' },
      { value: 'KIND', label: '志愿者类别' },
      { value: 'POLITICAL_STATUS', label: '政治面貌' },
      { value: 'STAR_LEVEL', label: '星级' },
      { value: 'GENDER', label: '性别' },
    ],
    measures: [{ value: 'volunteerCount', label: '志愿者人数', unit: '人' }],
    monthDimension: 'REGISTRATION_MONTH',
    byCampaign: false,
  },
  training: {
    label: '培训',
    dimensions: [...UNIT_DIMENSIONS, { value: 'MONTH', label: '月份' }, { value: 'AUDIENCE', label: '培训对象' }],
    measures: [
      { value: 'programCount', label: '培训期数', unit: '期' },
      { value: 'participantCount', label: '参训人数', unit: '人' },
      { value: 'attendedCount', label: '到课人数', unit: '人' },
      { value: 'completedCount', label: '结业人数', unit: '人' },
    ],
    monthDimension: 'MONTH',
    byCampaign: false,
  },
};

/** Dimensions a top list of units ranks along. */
export const UNIT_DIMENSION_VALUES = UNIT_DIMENSIONS.map((d) => d.value);

export function measureOf(source: DataSource, measure: string): Measure {
  const info = SOURCES[source];
  return info.measures.find((m) => m.value === measure) ?? info.measures[0];
}

export function dimensionLabel(source: DataSource, dimension: string): string {
  return SOURCES[source].dimensions.find((d) => d.value === dimension)?.label ?? dimension;
}
