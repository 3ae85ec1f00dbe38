import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { PageArgsType, StatsScope, tryParseId, type Connection } from '@civic/subgraph-kit';
import type { VolunteersContext } from '../loaders';
import { OrgUnitStub } from '../org-unit/org-unit.stub';
import { PointsExchangeConnection } from './points-exchange.connection';
import type { PointsExchangeEntity } from './points-exchange.entity';
import { PointsExchangeOrder, pointsExchangeOrdering } from './points-exchange-order';

/** The exchanges this subgraph adds to OrgUnit. */
@Resolver(() => OrgUnitStub)
export class OrgUnitExchangesResolver {
  @FieldResolver(() => PointsExchangeConnection, {
    description: 'Exchanges (爱心超市) run by this unit or, by default, any unit below it; open ones unless asked otherwise (积分兑换点).',
  })
  async exchanges(
    @Root() unit: OrgUnitStub,
    @Arg('scope', () => StatsScope, { nullable: true, description: 'SELF or SUBTREE (default SUBTREE) (统计范围).' })
    scope: StatsScope | null,
    @Arg('includeClosed', () => Boolean, { nullable: true, description: 'Include closed exchanges (default false) (含已关闭).' })
    includeClosed: boolean | null,
    @Arg('orderBy', () => PointsExchangeOrder, { nullable: true, description: 'How to sort; omit for the order opened (排序).' })
    orderBy: PointsExchangeOrder | null,
    @Args() page: PageArgsType,
    @Ctx() ctx: VolunteersContext,
  ): Promise<Connection<PointsExchangeEntity>> {
    const unitId = tryParseId(unit.id);
    if (unitId === null) return { edges: [], totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null } };
    return ctx.loaders.exchangePagesOfUnit.load({
      parentId: unitId,
      page,
      filter: { subtree: scope !== StatsScope.SELF, includeClosed: includeClosed ?? false },
      ordering: pointsExchangeOrdering(orderBy),
    });
  }
}
