import type { DataSource } from 'typeorm';
import { paginate, parseId, type PageArgs, type SortKey } from '@civic/subgraph-kit';
import { CampaignEntity } from './campaign.entity';
import type { CampaignFilter } from './dtos/campaign-filter.input';

const BY_ID: SortKey<CampaignEntity>[] = [{ expression: 'campaign.id', value: (row) => row.id }];

/** Lists campaigns matching a filter, one keyset page at a time. */
export function listCampaigns(db: DataSource, filter: CampaignFilter | null | undefined, page: PageArgs) {
  const query = db.getRepository(CampaignEntity).createQueryBuilder('campaign');
  if (filter?.kind) query.andWhere('campaign.kind = :kind', { kind: filter.kind });
  if (filter?.organizerId) {
    query.andWhere('campaign.organizer_unit_id = :organizerId', { organizerId: parseId(filter.organizerId, 'org unit') });
  }
  if (filter?.activeOn) {
    query.andWhere(
      '(campaign.starts_on IS NULL OR campaign.starts_on <= CAST(:activeOn AS date)) AND (campaign.ends_on IS NULL OR campaign.ends_on >= CAST(:activeOn AS date))',
      { activeOn: filter.activeOn },
    );
  }
  return paginate(query, BY_ID, page);
}
