import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { maskAddress, maskName, maskPhone, PageArgsType, parseId, revealPersonalValue } from '@civic/subgraph-kit';
import { AssistanceConnection } from '../assistance/assistance.connection';
import { AssistanceOrder, assistanceOrdering } from '../assistance/assistance-order.input';
import type { CommunityContext } from '../loaders';
import { OrgUnitStub } from '../org-unit/org-unit.stub';
import { assertMayReadGridWork } from '../shared/read-access';
import { VisitConnection } from '../visit/visit.connection';
import { VisitOrder, visitOrdering } from '../visit/visit-order.input';
import { HouseholdFilter } from './household-filter.input';
import { HouseholdConnection } from './household.connection';
import type { HouseholdEntity } from './household.entity';
import { listHouseholds } from './household.queries';
import { HouseholdOrder } from './household-order.input';
import { Household } from './household.type';

const personal = (household: HouseholdEntity) => ({
  heldAt: { unitId: household.orgUnitId },
  record: { type: 'Household', id: household.id },
});

@Resolver(() => Household)
export class HouseholdResolver {
  @Query(() => Household, { nullable: true, description: 'One household by id (按编号查询住户). Staff roles only.' })
  household(@Arg('id', () => ID, { description: 'The household (住户).' }) id: string, @Ctx() ctx: CommunityContext) {
    assertMayReadGridWork(ctx.access);
    return ctx.loaders.householdById.load(String(parseId(id, 'household')));
  }

  @Query(() => HouseholdConnection, {
    description: 'Households on the grid registers, latest registered first, paginated (住户名册). Staff roles only.',
  })
  households(
    @Arg('filter', () => HouseholdFilter, { nullable: true, description: 'Conditions; omit for all (筛选条件).' })
    filter: HouseholdFilter | null,
    @Arg('orderBy', () => HouseholdOrder, { nullable: true, description: 'How to sort; omit for latest registered first (排序).' })
    orderBy: HouseholdOrder | null,
    @Args() page: PageArgsType,
    @Ctx() ctx: CommunityContext,
  ) {
    return listHouseholds(ctx.db, ctx.access, filter, orderBy, page);
  }

  @FieldResolver(() => OrgUnitStub, { description: 'The station (or other unit) whose grid it is on (所在网格阵地).' })
  orgUnit(@Root() household: HouseholdEntity): OrgUnitStub {
    return { id: String(household.orgUnitId) };
  }

  @FieldResolver(() => String, {
    description:
      "Head of household's name (户主姓名): whole for ADMIN and ORG_ADMIN of the unit's subtree (the read is audited); masked as 王** for everyone else.",
  })
  async headName(@Root() household: HouseholdEntity, @Ctx() ctx: CommunityContext): Promise<string> {
    return (await revealPersonalValue(ctx, { value: household.headName, mask: maskName, ...personal(household) })) ?? '';
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      "Contact phone (联系电话): whole for those entitled to the unit's personal data (audited); masked as 138****5678 otherwise.",
  })
  phone(@Root() household: HouseholdEntity, @Ctx() ctx: CommunityContext): Promise<string | null> {
    return revealPersonalValue(ctx, { value: household.phone, mask: maskPhone, ...personal(household) });
  }

  @FieldResolver(() => String, {
    description:
      "Address (住址): whole for those entitled to the unit's personal data (audited); group and house numbers masked otherwise.",
  })
  async address(@Root() household: HouseholdEntity, @Ctx() ctx: CommunityContext): Promise<string> {
    return (await revealPersonalValue(ctx, { value: household.address, mask: maskAddress, ...personal(household) })) ?? '';
  }

  @FieldResolver(() => VisitConnection, { description: 'Visits to it, latest first unless sorted otherwise, paginated (走访记录).' })
  visits(
    @Root() household: HouseholdEntity,
    @Arg('orderBy', () => VisitOrder, { nullable: true, description: 'How to sort; omit for latest visit first (排序).' })
    orderBy: VisitOrder | null,
    @Args() page: PageArgsType,
    @Ctx() ctx: CommunityContext,
  ) {
    return ctx.loaders.visitsOfHousehold.load({ parentId: household.id, page, filter: null, ordering: visitOrdering(orderBy) });
  }

  @FieldResolver(() => AssistanceConnection, { description: 'Help it got, latest first unless sorted otherwise, paginated (帮扶记录).' })
  assistances(
    @Root() household: HouseholdEntity,
    @Arg('orderBy', () => AssistanceOrder, { nullable: true, description: 'How to sort; omit for latest given first (排序).' })
    orderBy: AssistanceOrder | null,
    @Args() page: PageArgsType,
    @Ctx() ctx: CommunityContext,
  ) {
    return ctx.loaders.assistancesOfHousehold.load({ parentId: household.id, page, filter: null, ordering: assistanceOrdering(orderBy) });
  }
}
