import type DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { groupLoader, idLoader } from '@civic/subgraph-kit';
import { idsByKeyLoader } from '../shared/ids-by-key.loader';
import { HonourEntity } from './honour.entity';
import { RoleModelEntity } from './role-model.entity';

export function roleModelByIdLoader(db: DataSource) {
  const models = db.getRepository(RoleModelEntity);
  return idLoader((ids) => models.findBy({ id: In(ids) }));
}

/** The honours of many role models, revoked ones too, oldest first, in one statement. */
export function honoursByRoleModelLoader(db: DataSource): DataLoader<number, HonourEntity[]> {
  const honours = db.getRepository(HonourEntity);
  return groupLoader(
    (ids) => honours.find({ where: { roleModelId: In([...ids]) }, order: { roleModelId: 'ASC', id: 'ASC' } }),
    (honour) => honour.roleModelId,
  );
}

/** The role models each of many campaigns features, in the order featured, in one statement. */
export function featuredRoleModelIdsLoader(db: DataSource): DataLoader<number, number[]> {
  return idsByKeyLoader(
    db,
    `SELECT campaign_id AS key, role_model_id AS id FROM campaigns.campaign_role_model WHERE campaign_id = ANY($1::int[]) ORDER BY campaign_id, featured_at, role_model_id`,
  );
}

/** The campaigns featuring each of many role models, in one statement. */
export function featuringCampaignIdsLoader(db: DataSource): DataLoader<number, number[]> {
  return idsByKeyLoader(
    db,
    `SELECT role_model_id AS key, campaign_id AS id FROM campaigns.campaign_role_model WHERE role_model_id = ANY($1::int[]) ORDER BY role_model_id, campaign_id`,
  );
}
