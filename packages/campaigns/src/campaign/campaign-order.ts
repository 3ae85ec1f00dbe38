import { OrderDirection, OrderInput, orderingOf, type OrderableField, type SortKey, millisecondsOf } from '@civic/subgraph-kit';
import type { CampaignEntity } from './campaign.entity';

type CampaignOrderField = 'ID' | 'NAME' | 'STARTS_ON' | 'ENDS_ON' | 'CREATED_AT';

const BY_ID: SortKey<CampaignEntity> = { expression: 'campaign.id', value: (row) => row.id };

/** Open-ended periods sort as if they began at the earliest and ended at the latest day. */
const ORDERABLE: Record<CampaignOrderField, OrderableField<CampaignEntity>> = {
  ID: { ...BY_ID, description: 'Creation order (编号).' },
  NAME: { expression: 'campaign.name', value: (row) => row.name, description: 'Name, character by character (活动名称).' },
  STARTS_ON: {
    expression: `to_char(coalesce(campaign.starts_on, CAST('0001-01-01' AS date)), 'YYYY-MM-DD')`,
    value: (row) => row.startsOn ?? '0001-01-01',
    description: 'First day; open starts first (开始日期).',
  },
  ENDS_ON: {
    expression: `to_char(coalesce(campaign.ends_on, CAST('9999-12-31' AS date)), 'YYYY-MM-DD')`,
    value: (row) => row.endsOn ?? '9999-12-31',
    description: 'Last day; open ends last (结束日期).',
  },
  CREATED_AT: {
    expression: millisecondsOf('campaign.created_at'),
    value: (row) => row.createdAt.getTime(),
    description: 'When it was created (创建时间).',
  },
};

export const CampaignOrder = OrderInput('Campaign', 'campaigns (宣传活动)', ORDERABLE, 'creation order');
export type CampaignOrder = InstanceType<typeof CampaignOrder>;

export function campaignOrdering(request: CampaignOrder | null | undefined) {
  return orderingOf(ORDERABLE, BY_ID, request, { field: 'ID', direction: OrderDirection.ASC });
}
