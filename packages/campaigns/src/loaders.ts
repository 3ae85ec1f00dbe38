import type { DataSource } from 'typeorm';
import type { SubgraphContext } from '@civic/subgraph-kit';
import { campaignActionByIdLoader, campaignActionsByCampaignLoader } from './campaign-action/campaign-action.loader';
import { campaignEventByIdLoader, eventVolunteerIdsLoader } from './campaign-event/campaign-event.loader';
import { campaignBreakdownLoader } from './campaign/campaign-breakdown.loader';
import { campaignStatsLoader } from './campaign/campaign-stats.loader';
import { campaignByIdLoader } from './campaign/campaign.loader';
import { customsReformCoverageLoader } from './customs-reform/customs-reform-coverage.loader';
import { measuresByUnitLoader } from './customs-reform/customs-reform-measure.loader';
import {
  lectureGroupByIdLoader,
  lectureGroupMemberIdsLoader,
  lectureGroupsByCampaignLoader,
  lectureGroupsByUnitLoader,
} from './lecture-group/lecture-group.loader';
import { unitCampaignStatsLoader } from './org-unit/unit-campaign-stats.loader';
import { eventStatsByLoader } from './stats/event-stats-by.loader';
import { workBrandByIdLoader, workBrandsByUnitLoader } from './work-brand/work-brand.loader';
import {
  activitiesByDayLoader,
  calendarDayByIdLoader,
  dayDepartmentIdsLoader,
  plannedActivityByIdLoader,
} from './calendar/calendar.loader';
import { participantsByEventLoader } from './event-participant/event-participant.loader';
import {
  featuredRoleModelIdsLoader,
  featuringCampaignIdsLoader,
  honoursByRoleModelLoader,
  roleModelByIdLoader,
} from './role-model/role-model.loader';
import { workByIdLoader, workUsePagesLoader, workUsesLoader } from './work/work.loader';

export function createCampaignsLoaders(db: DataSource) {
  return {
    campaignById: campaignByIdLoader(db),
    campaignStats: campaignStatsLoader(db),
    campaignBreakdown: campaignBreakdownLoader(db),
    campaignEventById: campaignEventByIdLoader(db),
    eventVolunteerIds: eventVolunteerIdsLoader(db),
    actionById: campaignActionByIdLoader(db),
    actionsByCampaign: campaignActionsByCampaignLoader(db),
    actionStats: eventStatsByLoader(db, 'action_id'),
    lectureGroupById: lectureGroupByIdLoader(db),
    lectureGroupsByCampaign: lectureGroupsByCampaignLoader(db),
    lectureGroupsByUnit: lectureGroupsByUnitLoader(db),
    lectureGroupMemberIds: lectureGroupMemberIdsLoader(db),
    lectureGroupStats: eventStatsByLoader(db, 'lecture_group_id'),
    workBrandById: workBrandByIdLoader(db),
    workBrandsByUnit: workBrandsByUnitLoader(db),
    workBrandStats: eventStatsByLoader(db, 'work_brand_id'),
    unitCampaignStats: unitCampaignStatsLoader(db),
    customsReformCoverage: customsReformCoverageLoader(db),
    measuresByUnit: measuresByUnitLoader(db),
    roleModelById: roleModelByIdLoader(db),
    honoursByRoleModel: honoursByRoleModelLoader(db),
    featuredRoleModelIds: featuredRoleModelIdsLoader(db),
    featuringCampaignIds: featuringCampaignIdsLoader(db),
    workById: workByIdLoader(db),
    workUsesByCampaign: workUsesLoader(db, 'campaignId'),
    workUsesByEvent: workUsesLoader(db, 'eventId'),
    workUsePages: workUsePagesLoader(db),
    participantsByEvent: participantsByEventLoader(db),
    calendarDayById: calendarDayByIdLoader(db),
    plannedActivityById: plannedActivityByIdLoader(db),
    dayDepartmentIds: dayDepartmentIdsLoader(db),
    activitiesByDay: activitiesByDayLoader(db),
  };
}

export type CampaignsLoaders = ReturnType<typeof createCampaignsLoaders>;
export type CampaignsContext = SubgraphContext<CampaignsLoaders>;
