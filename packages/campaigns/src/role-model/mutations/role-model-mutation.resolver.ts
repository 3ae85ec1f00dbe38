import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { CampaignsContext } from '../../loaders';
import { Honour } from '../honour.type';
import type { RoleModelEntity } from '../role-model.entity';
import { RoleModel } from '../role-model.type';
import { AwardHonourInput } from './award-honour.input';
import { FeatureRoleModelInput } from './feature-role-model.input';
import { featureRoleModel, unfeatureRoleModel } from './feature-mutations';
import { awardHonour, revokeHonour } from './honour-mutations';
import { RecordRoleModelInput } from './record-role-model.input';
import { RevokeHonourInput } from './revoke-honour.input';
import { recordRoleModel, updateRoleModel } from './role-model-mutations';
import { UpdateRoleModelInput } from './update-role-model.input';

const HONOUR_WHO = 'ADMIN anywhere; ORG_ADMIN and PROPAGANDA for role models serving inside their subtree (permission honour:write).';
const CAMPAIGN_WHO = 'ADMIN anywhere; ORG_ADMIN and PROPAGANDA for campaigns organised inside their subtree (permission campaign:write).';

@Resolver(() => RoleModel)
export class RoleModelMutationResolver {
  @Mutation(() => RoleModel, { description: `Records a role model (登记先进典型). ${HONOUR_WHO} Audited.` })
  recordRoleModel(
    @Arg('input', () => RecordRoleModelInput, { description: 'The role model (先进典型).' }) input: RecordRoleModelInput,
    @Ctx() ctx: CampaignsContext,
  ) {
    return recordRoleModel(ctx, input);
  }

  @Mutation(() => RoleModel, {
    description: `Changes a role model (修改先进典型). ${HONOUR_WHO} (at the old and a new unit). CONFLICT (nothing changed) on a stale expectedVersion. Audited with the values before and after.`,
  })
  updateRoleModel(
    @Arg('input', () => UpdateRoleModelInput, { description: 'The changes (修改内容).' }) input: UpdateRoleModelInput,
    @Ctx() ctx: CampaignsContext,
  ) {
    return updateRoleModel(ctx, input);
  }

  @Mutation(() => Honour, {
    description: `Records an honour conferred on a role model (登记荣誉称号). ${HONOUR_WHO} CONFLICT when the same title and year already stand. Audited.`,
  })
  awardHonour(
    @Arg('input', () => AwardHonourInput, { description: 'The honour (荣誉称号).' }) input: AwardHonourInput,
    @Ctx() ctx: CampaignsContext,
  ) {
    return awardHonour(ctx, input);
  }

  @Mutation(() => Honour, {
    description: `Revokes an honour from a day, with a reason (撤销荣誉称号); it stays as history. ${HONOUR_WHO} CONFLICT when already revoked. Audited.`,
  })
  revokeHonour(
    @Arg('input', () => RevokeHonourInput, { description: 'The honour, the day and why (称号及原因).' }) input: RevokeHonourInput,
    @Ctx() ctx: CampaignsContext,
  ) {
    return revokeHonour(ctx, input);
  }

  @Mutation(() => RoleModel, {
    description: `A campaign features a role model (活动宣传先进典型). ${CAMPAIGN_WHO} CONFLICT when it already does. Audited.`,
  })
  async featureRoleModel(
    @Arg('input', () => FeatureRoleModelInput, { description: 'The campaign and the role model (活动与典型).' })
    input: FeatureRoleModelInput,
    @Ctx() ctx: CampaignsContext,
  ): Promise<RoleModelEntity> {
    return (await featureRoleModel(ctx, input)).roleModel;
  }

  @Mutation(() => RoleModel, {
    description: `A campaign no longer features a role model (取消宣传). ${CAMPAIGN_WHO} CONFLICT when it does not feature them. Audited.`,
  })
  async unfeatureRoleModel(
    @Arg('input', () => FeatureRoleModelInput, { description: 'The campaign and the role model (活动与典型).' })
    input: FeatureRoleModelInput,
    @Ctx() ctx: CampaignsContext,
  ): Promise<RoleModelEntity> {
    return (await unfeatureRoleModel(ctx, input)).roleModel;
  }
}
