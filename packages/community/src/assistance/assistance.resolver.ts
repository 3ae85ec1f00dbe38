import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { PageArgsType, parseId } from '@civic/subgraph-kit';
import { Household } from '../household/household.type';
import type { CommunityContext } from '../loaders';
import { OrgUnitStub } from '../org-unit/org-unit.stub';
import { ServiceRequestStub } from '../service-request/service-request.stub';
import { assertMayReadGridWork } from '../shared/read-access';
import { Visit } from '../visit/visit.type';
import { AssistanceFilter } from './assistance-filter.input';
import { AssistanceConnection } from './assistance.connection';
import type { AssistanceEntity } from './assistance.entity';
import { listAssistances } from './assistance.queries';
import { AssistanceOrder } from './assistance-order.input';
import { Assistance } from './assistance.type';

@Resolver(() => Assistance)
export class AssistanceResolver {
  @Query(() => Assistance, { nullable: true, description: 'One record of assistance by id (按编号查询帮扶). Staff roles only.' })
  assistance(@Arg('id', () => ID, { description: 'The assistance (帮扶).' }) id: string, @Ctx() ctx: CommunityContext) {
    assertMayReadGridWork(ctx.access);
    return ctx.loaders.assistanceById.load(String(parseId(id, 'assistance')));
  }

  @Query(() => AssistanceConnection, { description: 'Assistance given, latest first, paginated (帮扶台账). Staff roles only.' })
  assistances(
    @Arg('filter', () => AssistanceFilter, { nullable: true, description: 'Conditions; omit for all (筛选条件).' })
    filter: AssistanceFilter | null,
    @Arg('orderBy', () => AssistanceOrder, { nullable: true, description: 'How to sort; omit for latest given first (排序).' })
    orderBy: AssistanceOrder | null,
    @Args() page: PageArgsType,
    @Ctx() ctx: CommunityContext,
  ) {
    return listAssistances(ctx.db, ctx.access, filter, orderBy, page);
  }

  @FieldResolver(() => Household, { description: 'The household helped (帮扶对象).' })
  async household(@Root() assistance: AssistanceEntity, @Ctx() ctx: CommunityContext) {
    return ctx.loaders.householdById.load(String(assistance.householdId));
  }

  @FieldResolver(() => OrgUnitStub, { description: "The household's unit when it was helped: where the figures count it (所在阵地)." })
  orgUnit(@Root() assistance: AssistanceEntity): OrgUnitStub {
    return { id: String(assistance.orgUnitId) };
  }

  @FieldResolver(() => Visit, { nullable: true, description: 'The visit it followed up, if any (来源走访).' })
  visit(@Root() assistance: AssistanceEntity, @Ctx() ctx: CommunityContext) {
    return assistance.visitId === null ? null : ctx.loaders.visitById.load(String(assistance.visitId));
  }

  @FieldResolver(() => ServiceRequestStub, {
    nullable: true,
    description: 'The service order it was delivered through, if any (关联点单).',
  })
  serviceRequest(@Root() assistance: AssistanceEntity): ServiceRequestStub | null {
    return assistance.serviceRequestId === null ? null : { id: String(assistance.serviceRequestId) };
  }
}
