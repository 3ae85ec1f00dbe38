import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { tryParseId } from '@civic/subgraph-kit';
import { Assistance } from '../assistance/assistance.type';
import type { AssistanceEntity } from '../assistance/assistance.entity';
import { DisputeCase } from '../dispute-case/dispute-case.type';
import type { DisputeCaseEntity } from '../dispute-case/dispute-case.entity';
import type { CommunityContext } from '../loaders';
import { assertMayReadGridWork } from '../shared/read-access';
import { Visit } from '../visit/visit.type';
import type { VisitEntity } from '../visit/visit.entity';
import { ServiceRequestStub } from './service-request.stub';

/** Where on the grid a service order came from: the fields this subgraph adds to ServiceRequest (staff roles only). */
@Resolver(() => ServiceRequestStub)
export class ServiceRequestGridResolver {
  @FieldResolver(() => Visit, {
    nullable: true,
    description: 'The door-to-door visit on which the order was taken down for the resident, if it was (来源走访). Staff roles only.',
  })
  async originVisit(@Root() request: ServiceRequestStub, @Ctx() ctx: CommunityContext): Promise<VisitEntity | null> {
    assertMayReadGridWork(ctx.access);
    const id = tryParseId(request.id);
    return id === null ? null : ((await ctx.loaders.visitsByServiceRequest.load(id))[0] ?? null);
  }

  @FieldResolver(() => [DisputeCase], {
    nullable: true,
    description: 'Dispute cases that came in as this order or led to it (关联矛盾纠纷). Staff roles only.',
  })
  async gridDisputeCases(@Root() request: ServiceRequestStub, @Ctx() ctx: CommunityContext): Promise<DisputeCaseEntity[]> {
    assertMayReadGridWork(ctx.access);
    const id = tryParseId(request.id);
    return id === null ? [] : ctx.loaders.disputeCasesByServiceRequest.load(id);
  }

  @FieldResolver(() => [Assistance], {
    nullable: true,
    description: 'Assistance to households delivered through this order (关联帮扶). Staff roles only.',
  })
  async gridAssistances(@Root() request: ServiceRequestStub, @Ctx() ctx: CommunityContext): Promise<AssistanceEntity[]> {
    assertMayReadGridWork(ctx.access);
    const id = tryParseId(request.id);
    return id === null ? [] : ctx.loaders.assistancesByServiceRequest.load(id);
  }
}
