import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { maskName, PageArgsType, parseId } from '@civic/subgraph-kit';
import { Household } from '../household/household.type';
import type { CommunityContext } from '../loaders';
import { OrgUnitStub } from '../org-unit/org-unit.stub';
import { ServiceRequestStub } from '../service-request/service-request.stub';
import { revealPersonalList } from '../shared/personal-list';
import { assertMayReadGridWork } from '../shared/read-access';
import { Visit } from '../visit/visit.type';
import { DisputeCaseFilter } from './dispute-case-filter.input';
import { DisputeCaseConnection } from './dispute-case.connection';
import type { DisputeCaseEntity } from './dispute-case.entity';
import { listDisputeCases } from './dispute-case.queries';
import { DisputeCaseOrder } from './dispute-case-order.input';
import { DisputeCase, DisputeCaseStep } from './dispute-case.type';

@Resolver(() => DisputeCase)
export class DisputeCaseResolver {
  @Query(() => DisputeCase, { nullable: true, description: 'One dispute case by id (按编号查询纠纷). Staff roles only.' })
  disputeCase(@Arg('id', () => ID, { description: 'The dispute case (纠纷).' }) id: string, @Ctx() ctx: CommunityContext) {
    assertMayReadGridWork(ctx.access);
    return ctx.loaders.disputeCaseById.load(String(parseId(id, 'dispute case')));
  }

  @Query(() => DisputeCaseConnection, { description: 'Dispute cases, latest found first, paginated (矛盾纠纷台账). Staff roles only.' })
  disputeCases(
    @Arg('filter', () => DisputeCaseFilter, { nullable: true, description: 'Conditions; omit for all (筛选条件).' })
    filter: DisputeCaseFilter | null,
    @Arg('orderBy', () => DisputeCaseOrder, { nullable: true, description: 'How to sort; omit for latest found first (排序).' })
    orderBy: DisputeCaseOrder | null,
    @Args() page: PageArgsType,
    @Ctx() ctx: CommunityContext,
  ) {
    return listDisputeCases(ctx.db, ctx.access, filter, orderBy, page);
  }

  @FieldResolver(() => OrgUnitStub, { description: 'The unit whose grid it was found on (所在阵地).' })
  orgUnit(@Root() dispute: DisputeCaseEntity): OrgUnitStub {
    return { id: String(dispute.orgUnitId) };
  }

  @FieldResolver(() => [String], {
    description:
      "The parties' names (当事人): whole for those entitled to the unit's personal data (audited); each masked as 王** otherwise.",
  })
  parties(@Root() dispute: DisputeCaseEntity, @Ctx() ctx: CommunityContext): Promise<string[]> {
    return revealPersonalList(ctx, dispute.parties, maskName, { unitId: dispute.orgUnitId }, { type: 'DisputeCase', id: dispute.id });
  }

  @FieldResolver(() => Visit, { nullable: true, description: 'The visit it was found on, for a case from a visit (来源走访).' })
  visit(@Root() dispute: DisputeCaseEntity, @Ctx() ctx: CommunityContext) {
    return dispute.visitId === null ? null : ctx.loaders.visitById.load(String(dispute.visitId));
  }

  @FieldResolver(() => Household, { nullable: true, description: 'The registered household it concerns, if one (涉及住户).' })
  household(@Root() dispute: DisputeCaseEntity, @Ctx() ctx: CommunityContext) {
    return dispute.householdId === null ? null : ctx.loaders.householdById.load(String(dispute.householdId));
  }

  @FieldResolver(() => ServiceRequestStub, {
    nullable: true,
    description: "The residents' order it came in as, or the order it led to (关联点单).",
  })
  serviceRequest(@Root() dispute: DisputeCaseEntity): ServiceRequestStub | null {
    return dispute.serviceRequestId === null ? null : { id: String(dispute.serviceRequestId) };
  }

  @FieldResolver(() => OrgUnitStub, { nullable: true, description: 'The unit it was handed up to, for an ESCALATED case (上报至).' })
  escalatedTo(@Root() dispute: DisputeCaseEntity): OrgUnitStub | null {
    return dispute.escalatedToUnitId === null ? null : { id: String(dispute.escalatedToUnitId) };
  }

  @FieldResolver(() => [DisputeCaseStep], { description: 'Every step so far, oldest first (办理记录).' })
  steps(@Root() dispute: DisputeCaseEntity, @Ctx() ctx: CommunityContext) {
    return ctx.loaders.stepsOfDisputeCase.load(dispute.id);
  }
}

@Resolver(() => DisputeCaseStep)
export class DisputeCaseStepResolver {
  @FieldResolver(() => OrgUnitStub, { nullable: true, description: 'The unit the case went to, for an ESCALATE step (上报至).' })
  escalatedTo(@Root() step: { escalatedToUnitId: number | null }): OrgUnitStub | null {
    return step.escalatedToUnitId === null ? null : { id: String(step.escalatedToUnitId) };
  }
}
