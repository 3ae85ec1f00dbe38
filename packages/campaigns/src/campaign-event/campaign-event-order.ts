import { OrderDirection, OrderInput, orderingOf, type OrderableField, type SortKey } from '@civic/subgraph-kit';
import type { CampaignEventEntity } from './campaign-event.entity';

type CampaignEventOrderField = 'HELD_AT' | 'AUDIENCE_COUNT' | 'TITLE' | 'ID';

const BY_ID: SortKey<CampaignEventEntity> = { expression: 'event.id', value: (row) => row.id };

const ORDERABLE: Record<CampaignEventOrderField, OrderableField<CampaignEventEntity>> = {
  HELD_AT: { expression: 'event.held_at', value: (row) => row.heldAt.toISOString(), description: 'When it was held (举办时间).' },
  AUDIENCE_COUNT: { expression: 'event.audience_count', value: (row) => row.audienceCount, description: 'People reached (受众人次).' },
  TITLE: { expression: 'event.title', value: (row) => row.title, description: 'Title, character by character (活动主题).' },
  ID: { ...BY_ID, description: 'Recording order (场次编号).' },
};

export const CampaignEventOrder = OrderInput('CampaignEvent', 'campaign events (活动场次)', ORDERABLE, 'oldest first');
export type CampaignEventOrder = InstanceType<typeof CampaignEventOrder>;

/** Oldest first by default; the id breaks ties. Served by the (campaign_id | host_unit_id, held_at, id) indexes. */
export function campaignEventOrdering(request: CampaignEventOrder | null | undefined) {
  return orderingOf(ORDERABLE, BY_ID, request, { field: 'HELD_AT', direction: OrderDirection.ASC });
}
