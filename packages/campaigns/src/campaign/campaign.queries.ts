import type { DataSource } from 'typeorm';
import { paginate, parseId, whereNameMatches, type PageArgs } from '@civic/subgraph-kit';
import { unitsInSubtree } from '@civic/org-tree';
import { campaignOrdering, type CampaignOrder } from './campaign-order';
import { CampaignEntity } from './campaign.entity';
import type { CampaignFilter } from './dtos/campaign-filter.input';

/** Lists campaigns matching a filter, one keyset page at a time, in the order asked. */
export function listCampaigns(db: DataSource, filter: CampaignFilter | null | undefined, orderBy: CampaignOrder | null, page: PageArgs) {
  const query = db.getRepository(CampaignEntity).createQueryBuilder('campaign');
  if (filter?.kind) query.andWhere('campaign.kind = :kind', { kind: filter.kind });
  if (filter?.organizerId) {
    query.andWhere('campaign.organizer_unit_id = :organizerId', { organizerId: parseId(filter.organizerId, 'org unit') });
  }
  if (filter?.organizerSubtreeOf) {
    query.andWhere(`campaign.organizer_unit_id IN ${unitsInSubtree('organizerSubtreeOf')}`, {
      organizerSubtreeOf: parseId(filter.organizerSubtreeOf, 'org unit'),
    });
  }
  if (filter?.activeOn) {
    query.andWhere(
      '(campaign.starts_on IS NULL OR campaign.starts_on <= CAST(:activeOn AS date)) AND (campaign.ends_on IS NULL OR campaign.ends_on >= CAST(:activeOn AS date))',
      { activeOn: filter.activeOn },
    );
  }
  if (filter?.closed != null) query.andWhere(`campaign.closed_at IS ${filter.closed ? 'NOT ' : ''}NULL`);
  whereNameMatches(query, 'campaigns', 'name', filter?.search);
  return paginate(query, campaignOrdering(orderBy), page);
}
