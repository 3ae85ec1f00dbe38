import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { maskName, PageArgsType, parseId, revealPersonalValue } from '@civic/subgraph-kit';
import { Assistance } from '../assistance/assistance.type';
import { DisputeCase } from '../dispute-case/dispute-case.type';
import { Household } from '../household/household.type';
import type { CommunityContext } from '../loaders';
import { OrgUnitStub } from '../org-unit/org-unit.stub';
import { ServiceRequestStub } from '../service-request/service-request.stub';
import { assertMayReadGridWork } from '../shared/read-access';
import { VolunteerStub } from '../volunteer/volunteer.stub';
import { VisitFilter } from './visit-filter.input';
import { VisitConnection } from './visit.connection';
import type { VisitEntity } from './visit.entity';
import { listVisits } from './visit.queries';
import { VisitOrder } from './visit-order.input';
import { Visit } from './visit.type';

@Resolver(() => Visit)
export class VisitResolver {
  @Query(() => Visit, { nullable: true, description: 'One visit by id (按编号查询走访). Staff roles only.' })
  visit(@Arg('id', () => ID, { description: 'The visit (走访).' }) id: string, @Ctx() ctx: CommunityContext) {
    assertMayReadGridWork(ctx.access);
    return ctx.loaders.visitById.load(String(parseId(id, 'visit')));
  }

  @Query(() => VisitConnection, { description: 'Door-to-door visits, latest first, paginated (走访记录). Staff roles only.' })
  visits(
    @Arg('filter', () => VisitFilter, { nullable: true, description: 'Conditions; omit for all (筛选条件).' }) filter: VisitFilter | null,
    @Arg('orderBy', () => VisitOrder, { nullable: true, description: 'How to sort; omit for latest visit first (排序).' })
    orderBy: VisitOrder | null,
    @Args() page: PageArgsType,
    @Ctx() ctx: CommunityContext,
  ) {
    return listVisits(ctx.db, ctx.access, filter, orderBy, page);
  }

  @FieldResolver(() => OrgUnitStub, { description: 'The station (or other unit) whose grid it was on (走访阵地).' })
  orgUnit(@Root() visit: VisitEntity): OrgUnitStub {
    return { id: String(visit.orgUnitId) };
  }

  @FieldResolver(() => Household, {
    nullable: true,
    description: 'The household visited; null for a visit not to one registered household (走访住户).',
  })
  household(@Root() visit: VisitEntity, @Ctx() ctx: CommunityContext) {
    return visit.householdId === null ? null : ctx.loaders.householdById.load(String(visit.householdId));
  }

  @FieldResolver(() => String, {
    description: "The visitor's name (走访人): whole for those entitled to the unit's personal data (audited); masked as 王** otherwise.",
  })
  async visitorName(@Root() visit: VisitEntity, @Ctx() ctx: CommunityContext): Promise<string> {
    const revealed = await revealPersonalValue(ctx, {
      value: visit.visitorName,
      mask: maskName,
      heldAt: { unitId: visit.orgUnitId },
      record: { type: 'Visit', id: visit.id },
    });
    return revealed ?? '';
  }

  @FieldResolver(() => VolunteerStub, { nullable: true, description: 'The registered volunteer who visited, when one did (志愿者).' })
  volunteer(@Root() visit: VisitEntity): VolunteerStub | null {
    return visit.volunteerId === null ? null : { id: String(visit.volunteerId) };
  }

  @FieldResolver(() => ServiceRequestStub, {
    nullable: true,
    description: 'The service order the visit took down for the resident (群众点单), when it did.',
  })
  serviceRequest(@Root() visit: VisitEntity): ServiceRequestStub | null {
    return visit.serviceRequestId === null ? null : { id: String(visit.serviceRequestId) };
  }

  @FieldResolver(() => [DisputeCase], { description: 'Dispute cases opened from this visit (由此排查的纠纷).' })
  disputeCases(@Root() visit: VisitEntity, @Ctx() ctx: CommunityContext) {
    return ctx.loaders.disputeCasesByVisit.load(visit.id);
  }

  @FieldResolver(() => [Assistance], { description: 'Assistance given as a follow-up of this visit (由此开展的帮扶).' })
  assistances(@Root() visit: VisitEntity, @Ctx() ctx: CommunityContext) {
    return ctx.loaders.assistancesByVisit.load(visit.id);
  }
}
