import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { checkPeriod, PeriodArgs } from '@civic/subgraph-kit';
import type { CommunityContext } from '../loaders';
import { assertMayReadGridWork } from '../shared/read-access';
import { GridWork } from './grid-work.type';
import { OrgUnitStub } from './org-unit.stub';

/** The grid work figures this subgraph adds to OrgUnit. */
@Resolver(() => OrgUnitStub)
export class OrgUnitGridWorkResolver {
  @FieldResolver(() => GridWork, {
    nullable: true,
    description:
      'Grid work (网格工作) of this unit and every unit below it in a period: visits, households in difficulty, assistance, disputes and their resolution, residents’ satisfaction. Staff roles only.',
  })
  gridWork(@Root() unit: OrgUnitStub, @Args() period: PeriodArgs, @Ctx() ctx: CommunityContext): Promise<GridWork> {
    assertMayReadGridWork(ctx.access);
    checkPeriod(period);
    return ctx.loaders.gridWork.load({ unitId: unit.id, from: period.from ?? null, to: period.to ?? null });
  }
}
