import { COVERAGE_LEVEL_LABELS } from '../definition/panel-catalog';
import type { CoveragePanel } from '../definition/view-definition';
import { CampaignCoveragePanelFigures, CoveragePanelFigures } from './panel-documents';
import type { CoverageData, CoverageTierData } from './panel-data';
import { NO_SCOPE_NOTICE, notice, requireUnit, runPlan, scopeOf, type PanelContext, type PanelPlan } from './plan-types';

interface Tier {
  total: number;
  covered: number;
  percentCovered: number | null;
}

interface Report {
  region: { name: string };
  townships: Tier;
  villages: Tier;
}

function tiersOf(report: Report | null): Pick<CoverageData, 'regionName' | 'tiers'> {
  if (!report) return { tiers: [] };
  const tier = (label: string, t: Tier): CoverageTierData => ({ label, total: t.total, covered: t.covered, percent: t.percentCovered });
  return {
    regionName: report.region.name,
    tiers: [tier('乡镇（街道）覆盖率', report.townships), tier('村（社区）覆盖率', report.villages)],
  };
}

/** 覆盖情况: the unit's region covered on the period's last day, and, for a campaign, who held no event. */
export function coveragePlan(panel: CoveragePanel, context: PanelContext): PanelPlan {
  const unitId = scopeOf(panel, context);
  if (!unitId) return notice(NO_SCOPE_NOTICE);
  const { campaignId, from = null, to = null } = panel.filters;
  if (!campaignId) {
    return runPlan(CoveragePanelFigures, { unitId, asOf: to }, (data) => {
      const unit = requireUnit(data.orgUnit);
      return { kind: 'coverage', unitName: unit.name, ...tiersOf(unit.coverage) };
    });
  }
  const level = panel.options.level;
  return runPlan(CampaignCoveragePanelFigures, { unitId, campaignId, asOf: to, from, to, level }, (data) => {
    const unit = requireUnit(data.orgUnit);
    return {
      kind: 'coverage',
      unitName: unit.name,
      ...tiersOf(unit.coverage),
      withoutEvents: {
        levelLabel: COVERAGE_LEVEL_LABELS[level],
        total: unit.descendants.totalCount,
        names: unit.unitsWithoutEvents.map((u) => u.name),
      },
    };
  });
}
