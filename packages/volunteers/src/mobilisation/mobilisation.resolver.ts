import { Arg, Args, Ctx, FieldResolver, Float, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { PageArgsType, parseId, tryParseId, type Connection } from '@civic/subgraph-kit';
import type { VolunteersContext } from '../loaders';
import { OrgUnitStub } from '../org-unit/org-unit.stub';
import { ServiceRecordConnection } from '../service-record/service-record.connection';
import { ServiceRecordOrder, serviceRecordOrdering } from '../service-record/service-record-order';
import { VolunteerTeam } from '../team/volunteer-team.type';
import type { VolunteerTeamEntity } from '../team/volunteer-team.entity';
import { assertMayListVolunteers } from '../volunteer/volunteer-access';
import { VolunteerOrder, volunteerOrdering } from '../volunteer/volunteer-order';
import { VolunteerConnection } from '../volunteer/volunteer.connection';
import { MobilisationConnection } from './mobilisation.connection';
import type { MobilisationEntity } from './mobilisation.entity';
import { MobilisationFilter } from './mobilisation-filter.input';
import { MobilisationOrder, mobilisationOrdering } from './mobilisation-order';
import { listMobilisations } from './mobilisation.queries';
import { Mobilisation } from './mobilisation.type';

@Resolver(() => Mobilisation)
export class MobilisationResolver {
  @Query(() => Mobilisation, { nullable: true, description: 'One special-period mobilisation by id (按编号查询应急动员).' })
  mobilisation(@Arg('id', () => ID, { description: 'Mobilisation id (编号).' }) id: string, @Ctx() ctx: VolunteersContext) {
    return ctx.loaders.mobilisationById.load(String(parseId(id, 'mobilisation')));
  }

  @Query(() => MobilisationConnection, {
    description: 'Special-period mobilisations matching a filter, latest first unless asked otherwise (应急动员列表).',
  })
  mobilisations(
    @Arg('filter', () => MobilisationFilter, { nullable: true, description: 'Conditions; omit for all (筛选条件).' })
    filter: MobilisationFilter | null,
    @Arg('orderBy', () => MobilisationOrder, { nullable: true, description: 'How to sort; omit for latest first day first (排序).' })
    orderBy: MobilisationOrder | null,
    @Args() page: PageArgsType,
    @Ctx() ctx: VolunteersContext,
  ) {
    return listMobilisations(ctx.db, filter, orderBy, page);
  }

  @FieldResolver(() => Boolean, { description: 'Whether it is still under way: no last day entered yet (进行中).' })
  ongoing(@Root() mobilisation: MobilisationEntity): boolean {
    return mobilisation.endsOn === null;
  }

  @FieldResolver(() => OrgUnitStub, { description: 'The unit that called it, e.g. the county center (发起单位).' })
  callingUnit(@Root() mobilisation: MobilisationEntity): OrgUnitStub {
    return { id: String(mobilisation.callingUnitId) };
  }

  @FieldResolver(() => [OrgUnitStub], { description: 'The units whose subtrees it covers (动员范围).' })
  async area(@Root() mobilisation: MobilisationEntity, @Ctx() ctx: VolunteersContext): Promise<OrgUnitStub[]> {
    return (await ctx.loaders.mobilisationArea.load(mobilisation.id)).map((row) => ({ id: String(row.orgUnitId) }));
  }

  @FieldResolver(() => [VolunteerTeam], { description: 'The teams called up, e.g. the township "红马甲" teams (调集的服务队).' })
  async teams(@Root() mobilisation: MobilisationEntity, @Ctx() ctx: VolunteersContext): Promise<VolunteerTeamEntity[]> {
    const called = await ctx.loaders.mobilisationTeamIds.load(mobilisation.id);
    const teams = await ctx.loaders.teamById.loadMany(called.map((row) => String(row.teamId)));
    return teams.filter((team): team is VolunteerTeamEntity => team !== null && !(team instanceof Error));
  }

  @FieldResolver(() => VolunteerConnection, {
    description:
      'The volunteers called up: by name, or as members of a called-up team during the period, paginated (参与动员的志愿者). Personal data: needs a staff token.',
  })
  volunteers(
    @Root() mobilisation: MobilisationEntity,
    @Arg('orderBy', () => VolunteerOrder, { nullable: true, description: 'How to sort; omit for id ascending (排序).' })
    orderBy: VolunteerOrder | null,
    @Args() page: PageArgsType,
    @Ctx() ctx: VolunteersContext,
  ) {
    assertMayListVolunteers(ctx.access);
    return ctx.loaders.mobilisationVolunteerPages.load({
      parentId: mobilisation.id,
      page,
      filter: null,
      ordering: volunteerOrdering(orderBy),
    });
  }

  @FieldResolver(() => Int, { description: 'How many volunteers were called up, by name or by team (动员人数).' })
  volunteerCount(@Root() mobilisation: MobilisationEntity, @Ctx() ctx: VolunteersContext) {
    return ctx.loaders.mobilisationVolunteerCount.load(mobilisation.id);
  }

  @FieldResolver(() => Float, { description: 'Approved service hours counted toward it (服务时长).' })
  async approvedHours(@Root() mobilisation: MobilisationEntity, @Ctx() ctx: VolunteersContext) {
    return (await ctx.loaders.mobilisationHours.load(mobilisation.id)).approvedHours;
  }

  @FieldResolver(() => Int, { description: 'Approved service records counted toward it (服务记录数).' })
  async approvedRecordCount(@Root() mobilisation: MobilisationEntity, @Ctx() ctx: VolunteersContext) {
    return (await ctx.loaders.mobilisationHours.load(mobilisation.id)).recordCount;
  }

  @FieldResolver(() => ServiceRecordConnection, {
    description: 'The service records counted toward it, newest first unless asked otherwise (动员服务记录). Needs a staff token.',
  })
  serviceRecords(
    @Root() mobilisation: MobilisationEntity,
    @Arg('orderBy', () => ServiceRecordOrder, { nullable: true, description: 'How to sort; omit for newest start first (排序).' })
    orderBy: ServiceRecordOrder | null,
    @Args() page: PageArgsType,
    @Ctx() ctx: VolunteersContext,
  ) {
    assertMayListVolunteers(ctx.access);
    return ctx.loaders.mobilisationRecordPages.load({
      parentId: mobilisation.id,
      page,
      filter: null,
      ordering: serviceRecordOrdering(orderBy),
    });
  }
}

/** The mobilisations this subgraph adds to OrgUnit. */
@Resolver(() => OrgUnitStub)
export class OrgUnitMobilisationsResolver {
  @FieldResolver(() => MobilisationConnection, {
    description:
      'Special-period mobilisations whose area reaches this unit: an area unit at, above or below it; latest first unless asked otherwise (应急动员).',
  })
  async mobilisations(
    @Root() unit: OrgUnitStub,
    @Arg('orderBy', () => MobilisationOrder, { nullable: true, description: 'How to sort; omit for latest first day first (排序).' })
    orderBy: MobilisationOrder | null,
    @Args() page: PageArgsType,
    @Ctx() ctx: VolunteersContext,
  ): Promise<Connection<MobilisationEntity>> {
    const unitId = tryParseId(unit.id);
    if (unitId === null) return { edges: [], totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null } };
    return ctx.loaders.unitMobilisationPages.load({ parentId: unitId, page, filter: null, ordering: mobilisationOrdering(orderBy) });
  }
}
