import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { PageArgsType, parseId } from '@civic/subgraph-kit';
import type { VolunteersContext } from '../loaders';
import { OrgUnitStub } from '../org-unit/org-unit.stub';
import { assertMayReadExchangeRedemptions } from './exchange-access';
import { ExchangeGoods } from './exchange-goods.type';
import type { ExchangeGoodsEntity } from './exchange-goods.entity';
import type { PointsExchangeEntity } from './points-exchange.entity';
import { PointsExchange } from './points-exchange.type';
import { PointsRedemptionConnection } from './points-redemption.connection';
import { PointsRedemptionOrder, pointsRedemptionOrdering } from './points-redemption-order';
import { PointsRedemptionStatus } from './redemption-status.enum';

@Resolver(() => PointsExchange)
export class PointsExchangeResolver {
  @Query(() => PointsExchange, { nullable: true, description: 'One exchange by id (按编号查询积分兑换点).' })
  pointsExchange(@Arg('id', () => ID, { description: 'The exchange (兑换点).' }) id: string, @Ctx() ctx: VolunteersContext) {
    return ctx.loaders.exchangeById.load(String(parseId(id, 'exchange')));
  }

  @FieldResolver(() => Boolean, { description: 'Whether it is open: volunteers may redeem there (营业中).' })
  open(@Root() exchange: PointsExchangeEntity): boolean {
    return exchange.closedAt === null;
  }

  @FieldResolver(() => OrgUnitStub, { description: 'The institute or station that runs it (所属阵地).' })
  orgUnit(@Root() exchange: PointsExchangeEntity): OrgUnitStub {
    return { id: String(exchange.orgUnitId) };
  }

  @FieldResolver(() => [ExchangeGoods], { description: 'The goods it offers, in the order added, with stock (兑换商品).' })
  async goods(
    @Root() exchange: PointsExchangeEntity,
    @Arg('includeRetired', () => Boolean, { nullable: true, description: 'Include goods taken off the shelf (default false) (含已下架).' })
    includeRetired: boolean | null,
    @Ctx() ctx: VolunteersContext,
  ): Promise<ExchangeGoodsEntity[]> {
    const all = await ctx.loaders.goodsOfExchange.load(exchange.id);
    return includeRetired ? all : all.filter((goods) => goods.retiredAt === null);
  }

  @FieldResolver(() => PointsRedemptionConnection, {
    description:
      'Redemptions made here, latest first unless sorted otherwise, paginated (兑换记录). ADMIN; ORG_ADMIN, OPERATOR and PROPAGANDA whose subtree holds the exchange.',
  })
  async redemptions(
    @Root() exchange: PointsExchangeEntity,
    @Arg('status', () => PointsRedemptionStatus, { nullable: true, description: 'Only redemptions in this state (状态).' })
    status: PointsRedemptionStatus | null,
    @Arg('orderBy', () => PointsRedemptionOrder, { nullable: true, description: 'How to sort; omit for latest first (排序).' })
    orderBy: PointsRedemptionOrder | null,
    @Args() page: PageArgsType,
    @Ctx() ctx: VolunteersContext,
  ) {
    await assertMayReadExchangeRedemptions(ctx, exchange.orgUnitId);
    return ctx.loaders.redemptionPagesOfExchange.load({
      parentId: exchange.id,
      page,
      filter: status ?? null,
      ordering: pointsRedemptionOrdering(orderBy),
    });
  }
}

@Resolver(() => ExchangeGoods)
export class ExchangeGoodsResolver {
  @Query(() => ExchangeGoods, { nullable: true, description: 'One item of goods by id (按编号查询兑换商品).' })
  exchangeGoods(@Arg('id', () => ID, { description: 'The goods (商品).' }) id: string, @Ctx() ctx: VolunteersContext) {
    return ctx.loaders.goodsById.load(String(parseId(id, 'goods')));
  }

  @FieldResolver(() => Boolean, { description: 'Whether it is off the shelf: kept with its redemptions, no longer offered (已下架).' })
  retired(@Root() goods: ExchangeGoodsEntity): boolean {
    return goods.retiredAt !== null;
  }

  @FieldResolver(() => PointsExchange, { description: 'The exchange that offers it (兑换点).' })
  exchange(@Root() goods: ExchangeGoodsEntity, @Ctx() ctx: VolunteersContext) {
    return ctx.loaders.exchangeById.load(String(goods.exchangeId));
  }
}
