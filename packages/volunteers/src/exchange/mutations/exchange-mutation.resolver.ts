import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { INPUT_ARG } from '@civic/subgraph-kit';
import type { VolunteersContext } from '../../loaders';
import { ExchangeGoods } from '../exchange-goods.type';
import { PointsExchange } from '../points-exchange.type';
import { CloseExchangeInput, OpenExchangeInput, ReopenExchangeInput, UpdateExchangeInput } from './exchange.inputs';
import { closeExchange, openExchange, reopenExchange, updateExchange } from './exchange-mutations';
import { AddGoodsInput, RestockGoodsInput, RetireGoodsInput, UpdateGoodsInput } from './goods.inputs';
import { addGoods, restockGoods, retireGoods, updateGoods } from './goods-mutations';

const STAFF = 'Needs exchange:write on the exchange’s unit: ADMIN; ORG_ADMIN and OPERATOR inside their subtree.';

@Resolver(() => PointsExchange)
export class ExchangeMutationResolver {
  @Mutation(() => PointsExchange, { description: `Opens an exchange (爱心超市) at an institute or a station (开设积分兑换点). ${STAFF}` })
  openExchange(@Arg('input', () => OpenExchangeInput, INPUT_ARG) input: OpenExchangeInput, @Ctx() ctx: VolunteersContext) {
    return openExchange(ctx, input);
  }

  @Mutation(() => PointsExchange, {
    description: `Changes an exchange’s name, kind, address or opening hours; CONFLICT when it changed since expectedVersion was read (修改积分兑换点). ${STAFF}`,
  })
  updateExchange(@Arg('input', () => UpdateExchangeInput, INPUT_ARG) input: UpdateExchangeInput, @Ctx() ctx: VolunteersContext) {
    return updateExchange(ctx, input);
  }

  @Mutation(() => PointsExchange, {
    description: `Closes an exchange with a reason: nothing can be redeemed there until it reopens; orders already made can still be handed over (关闭积分兑换点). ${STAFF}`,
  })
  closeExchange(@Arg('input', () => CloseExchangeInput, INPUT_ARG) input: CloseExchangeInput, @Ctx() ctx: VolunteersContext) {
    return closeExchange(ctx, input);
  }

  @Mutation(() => PointsExchange, { description: `Opens a closed exchange again (恢复营业). ${STAFF}` })
  reopenExchange(@Arg('input', () => ReopenExchangeInput, INPUT_ARG) input: ReopenExchangeInput, @Ctx() ctx: VolunteersContext) {
    return reopenExchange(ctx, input);
  }

  @Mutation(() => ExchangeGoods, { description: `Puts goods on an exchange’s shelf with a price and a stock (上架商品). ${STAFF}` })
  addGoods(@Arg('input', () => AddGoodsInput, INPUT_ARG) input: AddGoodsInput, @Ctx() ctx: VolunteersContext) {
    return addGoods(ctx, input);
  }

  @Mutation(() => ExchangeGoods, {
    description: `Changes the name, category or price of goods on the version read; redemptions already made keep their price (修改商品). ${STAFF}`,
  })
  updateGoods(@Arg('input', () => UpdateGoodsInput, INPUT_ARG) input: UpdateGoodsInput, @Ctx() ctx: VolunteersContext) {
    return updateGoods(ctx, input);
  }

  @Mutation(() => ExchangeGoods, { description: `Adds items to the stock of goods, with a note of where they came from (补货). ${STAFF}` })
  restockGoods(@Arg('input', () => RestockGoodsInput, INPUT_ARG) input: RestockGoodsInput, @Ctx() ctx: VolunteersContext) {
    return restockGoods(ctx, input);
  }

  @Mutation(() => ExchangeGoods, { description: `Takes goods off the shelf; kept with their redemptions (下架商品). ${STAFF}` })
  retireGoods(@Arg('input', () => RetireGoodsInput, INPUT_ARG) input: RetireGoodsInput, @Ctx() ctx: VolunteersContext) {
    return retireGoods(ctx, input);
  }
}
