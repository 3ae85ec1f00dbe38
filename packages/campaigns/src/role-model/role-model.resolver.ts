import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { PageArgsType, parseId } from '@civic/subgraph-kit';
import { Campaign } from '../campaign/campaign.type';
import type { CampaignEntity } from '../campaign/campaign.entity';
import type { CampaignsContext } from '../loaders';
import { OrgUnitStub } from '../org-unit/org-unit.stub';
import { visibleVolunteers } from '../volunteer/visible-volunteers';
import { VolunteerStub } from '../volunteer/volunteer.stub';
import { RoleModelFilter } from './dtos/role-model-filter.input';
import type { HonourEntity } from './honour.entity';
import { Honour } from './honour.type';
import { RoleModelConnection } from './role-model.connection';
import type { RoleModelEntity } from './role-model.entity';
import { RoleModelOrder } from './role-model-order';
import { listRoleModels } from './role-model.queries';
import { RoleModel } from './role-model.type';

@Resolver(() => RoleModel)
export class RoleModelResolver {
  @Query(() => RoleModel, { nullable: true, description: 'One role model by id (按编号查询先进典型).' })
  roleModel(@Arg('id', () => ID, { description: 'Role model id (典型编号).' }) id: string, @Ctx() ctx: CampaignsContext) {
    return ctx.loaders.roleModelById.load(String(parseId(id, 'role model')));
  }

  @Query(() => RoleModelConnection, {
    description:
      'Role models matching a filter, in recording order unless orderBy says otherwise, paginated: by name, unit subtree, honour title and year (先进典型列表).',
  })
  roleModels(
    @Arg('filter', () => RoleModelFilter, { nullable: true, description: 'Conditions; omit for all role models (筛选条件).' })
    filter: RoleModelFilter | null,
    @Arg('orderBy', () => RoleModelOrder, { nullable: true, description: 'Sort order; omit for recording order (排序).' })
    orderBy: RoleModelOrder | null,
    @Args() page: PageArgsType,
    @Ctx() ctx: CampaignsContext,
  ) {
    return listRoleModels(ctx.db, filter, orderBy, page);
  }

  @FieldResolver(() => OrgUnitStub, { description: 'The org unit where they serve (所在单位).' })
  unit(@Root() model: RoleModelEntity): OrgUnitStub {
    return { id: String(model.orgUnitId) };
  }

  @FieldResolver(() => VolunteerStub, {
    nullable: true,
    description:
      'Their record as a registered volunteer, if they are one (志愿者档案). Personal data: null for callers without a token, and for a VOLUNTEER token other than theirs.',
  })
  volunteer(@Root() model: RoleModelEntity, @Ctx() ctx: CampaignsContext): VolunteerStub | null {
    if (model.volunteerId === null) return null;
    return visibleVolunteers(ctx.access, [model.volunteerId])[0] ?? null;
  }

  @FieldResolver(() => [Honour], {
    description: 'Honours conferred, in the order recorded; revoked ones stay with their date unless inForceOnly (荣誉称号).',
  })
  async honours(
    @Root() model: RoleModelEntity,
    @Arg('inForceOnly', () => Boolean, { nullable: true, description: 'Leave out revoked honours (default false) (仅有效称号).' })
    inForceOnly: boolean | null,
    @Ctx() ctx: CampaignsContext,
  ): Promise<HonourEntity[]> {
    const honours = await ctx.loaders.honoursByRoleModel.load(model.id);
    return inForceOnly ? honours.filter((honour) => honour.revokedOn === null) : honours;
  }

  @FieldResolver(() => [Campaign], { description: 'Campaigns that feature them (宣传活动).' })
  async featuredIn(@Root() model: RoleModelEntity, @Ctx() ctx: CampaignsContext): Promise<CampaignEntity[]> {
    const ids = await ctx.loaders.featuringCampaignIds.load(model.id);
    const campaigns = await ctx.loaders.campaignById.loadMany(ids.map(String));
    return campaigns.filter((c): c is CampaignEntity => c !== null && !(c instanceof Error));
  }
}
