import { HEADLINE_METRIC_LABELS, measureOf, SOURCES } from '../definition/panel-catalog';
import type { BreakdownPanel, HeadlinePanel, Panel, TablePanel, TopPanel, TrendPanel } from '../definition/view-definition';
import { coveragePlan } from './plan-coverage';
import { CampaignHeadlinePanelFigures, EventTablePanelRows, HeadlinePanelFigures, TopVolunteersPanelRows } from './panel-documents';
import type { Figure } from './panel-data';
import { sourceCellsPlan, withoutKeys } from './plan-source-cells';
import { NO_SCOPE_NOTICE, notice, requireUnit, roundFigure, runPlan, scopeOf, type PanelContext, type PanelPlan } from './plan-types';

/** What a panel asks the API (one operation of the view's batch), or why it asks nothing. */
export function planPanel(panel: Panel, context: PanelContext): PanelPlan {
  switch (panel.kind) {
    case 'headline':
      return headlinePlan(panel, context);
    case 'breakdown':
      return breakdownPlan(panel, context);
    case 'trend':
      return trendPlan(panel, context);
    case 'table':
      return tablePlan(panel, context);
    case 'top':
      return topPlan(panel, context);
    case 'coverage':
      return coveragePlan(panel, context);
  }
}

function headlinePlan(panel: HeadlinePanel, context: PanelContext): PanelPlan {
  const unitId = scopeOf(panel, context);
  if (!unitId) return notice(NO_SCOPE_NOTICE);
  const { campaignId, from = null, to = null } = panel.filters;
  const metrics = panel.options.metrics;
  const withHours = metrics.includes('hours');
  const figuresOf = (stats: { eventCount: number; audienceTotal: number; volunteerCount: number }, hours: number | undefined) => {
    const values = {
      events: stats.eventCount,
      audience: stats.audienceTotal,
      volunteers: stats.volunteerCount,
      hours: roundFigure(hours ?? 0),
    };
    return metrics.map((metric): Figure => ({ ...HEADLINE_METRIC_LABELS[metric], value: values[metric] }));
  };
  if (!campaignId) {
    return runPlan(HeadlinePanelFigures, { unitId, campaignId: null, from, to, withHours }, (data) => {
      const unit = requireUnit(data.orgUnit);
      return { kind: 'figures', unitName: unit.name, figures: figuresOf(unit.campaignStats, unit.volunteerStats?.serviceHours) };
    });
  }
  return runPlan(CampaignHeadlinePanelFigures, { unitId, campaignId, from, to, withHours }, (data) => {
    const unit = requireUnit(data.orgUnit);
    const figures = figuresOf(unit.campaignStats, unit.volunteerStats?.serviceHours);
    // Service hours are recorded against no campaign: say so rather than let them pass for the campaign's.
    const hours = figures.find((f) => f.label === HEADLINE_METRIC_LABELS.hours.label);
    if (hours) hours.note = '全部志愿服务，不分活动';
    // A campaign's targets are the organiser's: they say nothing of one township's share.
    const campaign = data.campaign;
    if (campaign && campaign.organizer.id === unit.id) {
      const targets = { 活动场次: campaign.eventTarget, 受众人次: campaign.audienceTarget };
      for (const figure of figures) {
        const target = targets[figure.label as keyof typeof targets];
        if (target)
          figure.note = `目标 ${target.toLocaleString('zh-CN')}${figure.unit} · 完成 ${roundFigure((figure.value / target) * 100)}%`;
      }
    }
    return { kind: 'figures', unitName: unit.name, figures };
  });
}

function breakdownPlan(panel: BreakdownPanel, context: PanelContext): PanelPlan {
  const unitId = scopeOf(panel, context);
  if (!unitId) return notice(NO_SCOPE_NOTICE);
  const { source, dimension, measure } = panel.options;
  const info = measureOf(source, measure);
  return sourceCellsPlan(
    { source, unitId, filters: panel.filters, dimension, measure: info.value, skipEmptyUnits: false },
    (unitName, data) => ({
      kind: 'series',
      unitName,
      data: withoutKeys(data),
      measureLabel: info.label,
      unit: info.unit,
    }),
  );
}

function trendPlan(panel: TrendPanel, context: PanelContext): PanelPlan {
  const unitId = scopeOf(panel, context);
  if (!unitId) return notice(NO_SCOPE_NOTICE);
  const { source, measure } = panel.options;
  const info = measureOf(source, measure);
  const dimension = SOURCES[source].monthDimension;
  return sourceCellsPlan(
    { source, unitId, filters: panel.filters, dimension, measure: info.value, skipEmptyUnits: false },
    (unitName, data) => ({
      kind: 'series',
      unitName,
      data: withoutKeys([...data].sort((a, b) => a.key.localeCompare(b.key))),
      measureLabel: info.label,
      unit: info.unit,
    }),
  );
}

function tablePlan(panel: TablePanel, context: PanelContext): PanelPlan {
  const unitId = scopeOf(panel, context);
  const { campaignId, from, to } = panel.filters;
  const filter = { campaignId: campaignId ?? null, hostSubtreeOf: unitId ?? null, heldFrom: from ?? null, heldTo: to ?? null };
  const orderBy =
    panel.options.order === 'audience'
      ? ({ field: 'AUDIENCE_COUNT', direction: 'DESC' } as const)
      : ({ field: 'HELD_AT', direction: 'DESC' } as const);
  if (!unitId && !campaignId) return notice('请在面板设置中选择活动或阵地范围');
  return runPlan(EventTablePanelRows, { filter, first: panel.options.pageSize, orderBy }, (data) => {
    const labelOf = (terms: { value: string; label: string }[], value: string) => terms.find((t) => t.value === value)?.label ?? value;
    return {
      kind: 'rows',
      totalCount: data.campaignEvents.totalCount,
      rows: data.campaignEvents.edges.map(({ node }) => ({
        id: node.id,
        title: node.title,
        heldAt: node.heldAt,
        format: labelOf(data.vocabulary.eventFormat, node.format),
        venueType: labelOf(data.vocabulary.venueType, node.venueType),
        place: node.place ?? '',
        audienceCount: node.audienceCount,
        hostName: node.host.name,
        campaignName: node.campaign.name,
      })),
    };
  });
}

/** Start of a Beijing day as an instant: the volunteer ranking takes instants, the view's period whole days. */
function beijingInstant(day: string, plusDays = 0): string {
  const date = new Date(`${day}T00:00:00+08:00`);
  date.setTime(date.getTime() + plusDays * 86_400_000);
  return date.toISOString();
}

function topPlan(panel: TopPanel, context: PanelContext): PanelPlan {
  const unitId = scopeOf(panel, context);
  if (!unitId) return notice(NO_SCOPE_NOTICE);
  const { subject, source, dimension, measure, limit } = panel.options;
  if (subject === 'volunteers') {
    // Names are personal data: a public link shows no one.
    if (context.anonymous) return notice('志愿者个人排行含个人信息，公开看板不显示');
    const { from, to } = panel.filters;
    const variables = { unitId, first: limit, from: from ? beijingInstant(from) : null, to: to ? beijingInstant(to, 1) : null };
    return runPlan(TopVolunteersPanelRows, variables, (data) => {
      const unit = requireUnit(data.orgUnit);
      return {
        kind: 'ranking',
        unitName: unit.name,
        measureLabel: '服务时长',
        unit: '小时',
        entries: (unit.topVolunteers ?? []).map((r) => ({ rank: r.rank, name: r.volunteer.name, value: roundFigure(r.hours) })),
      };
    });
  }
  const info = measureOf(source, measure);
  const request = { source, unitId, filters: panel.filters, dimension, measure: info.value, skipEmptyUnits: true, dropUnassigned: true };
  return sourceCellsPlan(request, (unitName, data) => ({
    kind: 'ranking',
    unitName,
    measureLabel: info.label,
    unit: info.unit,
    entries: [...data]
      .sort((a, b) => b.value - a.value)
      .slice(0, limit)
      .map((d, i) => ({ rank: i + 1, name: d.name, value: d.value })),
  }));
}
