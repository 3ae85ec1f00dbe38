import { In, type DataSource } from 'typeorm';
import { idLoader } from '@civic/subgraph-kit';
import { CampaignEntity } from './campaign.entity';

export function campaignByIdLoader(db: DataSource) {
  const campaigns = db.getRepository(CampaignEntity);
  return idLoader((ids) => campaigns.findBy({ id: In(ids) }));
}
