import type DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { groupLoader, idLoader } from '@civic/subgraph-kit';
import { CampaignActionEntity } from './campaign-action.entity';

export function campaignActionByIdLoader(db: DataSource) {
  const actions = db.getRepository(CampaignActionEntity);
  return idLoader((ids) => actions.findBy({ id: In(ids) }));
}

/** The sub-actions of many campaigns, in their order, in one statement. */
export function campaignActionsByCampaignLoader(db: DataSource): DataLoader<number, CampaignActionEntity[]> {
  const actions = db.getRepository(CampaignActionEntity);
  return groupLoader(
    (campaignIds) => actions.find({ where: { campaignId: In([...campaignIds]) }, order: { campaignId: 'ASC', ordinal: 'ASC' } }),
    (action) => action.campaignId,
  );
}
