import { SOURCES } from '../definition/panel-catalog';
import type { Panel } from '../definition/view-definition';

/** Whether a panel's figures depend on the campaign filter (service hours, volunteers and training belong to no campaign). */
export function usesCampaign(panel: Panel): boolean {
  switch (panel.kind) {
    case 'headline':
    case 'table':
    case 'coverage':
      return true;
    case 'breakdown':
    case 'trend':
      return SOURCES[panel.options.source].byCampaign;
    case 'top':
      return panel.options.subject === 'units' && SOURCES[panel.options.source].byCampaign;
  }
}

/** The period in words: 2021-03-01 至 2021-12-31, 2021-03-01 起, 至 2021-12-31, 全部时间. */
export function describePeriod(from?: string, to?: string): string {
  if (from && to) return `${from} 至 ${to}`;
  if (from) return `${from} 起`;
  if (to) return `截至 ${to}`;
  return '全部时间';
}

/** What a panel counts, in one line under its title: unit · campaign · period. */
export function describeFilters(panel: Panel, unitName?: string): string {
  const { campaignId, campaignName, unitName: storedUnitName, from, to } = panel.filters;
  const parts = [unitName ?? storedUnitName ?? '本单位'];
  if (usesCampaign(panel)) parts.push(campaignId ? (campaignName ?? '所选活动') : '全部活动');
  parts.push(describePeriod(from, to));
  return parts.join(' · ');
}
