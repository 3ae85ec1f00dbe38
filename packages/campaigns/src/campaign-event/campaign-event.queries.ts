import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { paginate, parseId, whereNameMatches, type PageArgs } from '@civic/subgraph-kit';
import { unitsInSubtree } from '@civic/org-tree';
import { CampaignEventEntity } from './campaign-event.entity';
import { campaignEventOrdering, type CampaignEventOrder } from './campaign-event-order';
import type { CampaignEventFilter } from './dtos/campaign-event-filter.input';

/** What a list of events belongs to: a campaign, a host unit (alone or with its subtree), a volunteer, a work brand, a venue (all its events or its study visits), or nothing (all events). */
export type EventOwner =
  | { campaignId: number }
  | { hostUnitId: number; subtree: boolean }
  | { volunteerId: number }
  | { workBrandId: number }
  | { venueId: number; studyVisitsOnly: boolean }
  | { all: true };

/** One keyset page of events plus their total, in the order asked: two statements, whatever the page size. Voided events only on request. */
export function listCampaignEvents(
  db: DataSource,
  owner: EventOwner,
  filter: CampaignEventFilter | null | undefined,
  orderBy: CampaignEventOrder | null | undefined,
  page: PageArgs,
) {
  const query = db.getRepository(CampaignEventEntity).createQueryBuilder('event');
  restrictToOwner(query, owner);
  if (!filter?.includeVoided) query.andWhere('event.voided_at IS NULL');
  if (filter) applyFilter(query, filter);
  return paginate(query, campaignEventOrdering(orderBy), page);
}

function restrictToOwner(query: SelectQueryBuilder<CampaignEventEntity>, owner: EventOwner): void {
  if ('all' in owner) return;
  if ('campaignId' in owner) query.andWhere('event.campaign_id = :ownerCampaign', { ownerCampaign: owner.campaignId });
  else if ('workBrandId' in owner) query.andWhere('event.work_brand_id = :ownerBrand', { ownerBrand: owner.workBrandId });
  else if ('venueId' in owner) {
    query.andWhere('event.venue_id = :ownerVenue', { ownerVenue: owner.venueId });
    if (owner.studyVisitsOnly) {
      query.andWhere(`EXISTS (SELECT 1 FROM campaigns.campaign c WHERE c.id = event.campaign_id AND c.kind = 'STUDY_TOUR')`);
    }
  } else if ('volunteerId' in owner) {
    query.andWhere('EXISTS (SELECT 1 FROM campaigns.event_volunteer v WHERE v.event_id = event.id AND v.volunteer_id = :ownerVolunteer)', {
      ownerVolunteer: owner.volunteerId,
    });
  } else if (owner.subtree) query.andWhere(subtreeCondition('ownerSubtree'), { ownerSubtree: owner.hostUnitId });
  else query.andWhere('event.host_unit_id = :ownerHost', { ownerHost: owner.hostUnitId });
}

function applyFilter(query: SelectQueryBuilder<CampaignEventEntity>, filter: CampaignEventFilter): void {
  if (filter.campaignId) query.andWhere('event.campaign_id = :campaignId', { campaignId: parseId(filter.campaignId, 'campaign') });
  if (filter.hostId) query.andWhere('event.host_unit_id = :hostId', { hostId: parseId(filter.hostId, 'org unit') });
  if (filter.hostSubtreeOf) query.andWhere(subtreeCondition('hostSubtreeOf'), { hostSubtreeOf: parseId(filter.hostSubtreeOf, 'org unit') });
  if (filter.venueType) query.andWhere('event.venue_type = :venueType', { venueType: filter.venueType });
  if (filter.format) query.andWhere('event.format = :format', { format: filter.format });
  if (filter.from) query.andWhere('event.held_at >= :from', { from: filter.from });
  if (filter.to) query.andWhere('event.held_at < :to', { to: filter.to });
  if (filter.heldFrom) query.andWhere('event.held_at >= :heldFrom', { heldFrom: new Date(`${filter.heldFrom}T00:00:00+08:00`) });
  if (filter.heldTo) {
    query.andWhere('event.held_at < :heldTo', { heldTo: new Date(new Date(`${filter.heldTo}T00:00:00+08:00`).getTime() + 86_400_000) });
  }
  if (filter.lectureGroupId)
    query.andWhere('event.lecture_group_id = :groupId', { groupId: parseId(filter.lectureGroupId, 'lecture group') });
  if (filter.actionId) query.andWhere('event.action_id = :actionId', { actionId: parseId(filter.actionId, 'campaign action') });
  if (filter.workBrandId) query.andWhere('event.work_brand_id = :brandId', { brandId: parseId(filter.workBrandId, 'work brand') });
  whereNameMatches(query, 'campaigns', 'title', filter.search);
}

/** Hosts inside the subtree of a unit, through the org subgraph's published paths. */
function subtreeCondition(param: string): string {
  return `event.host_unit_id IN ${unitsInSubtree(param)}`;
}
