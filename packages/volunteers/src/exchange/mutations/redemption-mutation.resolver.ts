import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { INPUT_ARG } from '@civic/subgraph-kit';
import type { VolunteersContext } from '../../loaders';
import { PointsRedemption } from '../points-redemption.type';
import { orderGoods, redeemGoods } from './place-redemption';
import { OrderGoodsInput, RedeemGoodsInput } from './redemption.inputs';
import { cancelRedemption, handOverRedemption } from './settle-redemption';

const ERRORS =
  'CONFLICT when the balance does not cover the price ("not enough points"), when the stock does not ("out of stock"), for goods off the shelf or a closed exchange; never below zero, whatever arrives at once.';

@Resolver(() => PointsRedemption)
export class RedemptionMutationResolver {
  @Mutation(() => PointsRedemption, {
    description: `Staff confirm at the counter that a volunteer takes goods for points; handed over at once (现场兑换). Needs points:redeem on the exchange’s unit: ADMIN; ORG_ADMIN and OPERATOR inside their subtree. ${ERRORS}`,
  })
  redeemGoods(@Arg('input', () => RedeemGoodsInput, INPUT_ARG) input: RedeemGoodsInput, @Ctx() ctx: VolunteersContext) {
    return redeemGoods(ctx, input);
  }

  @Mutation(() => PointsRedemption, {
    description: `A volunteer orders goods for itself (VOLUNTEER token): points and stock are taken now, the goods wait at the exchange as ORDERED (积分下单). ${ERRORS}`,
  })
  orderGoods(@Arg('input', () => OrderGoodsInput, INPUT_ARG) input: OrderGoodsInput, @Ctx() ctx: VolunteersContext) {
    return orderGoods(ctx, input);
  }

  @Mutation(() => PointsRedemption, {
    description:
      'Staff hand over the goods of an ORDERED redemption (确认领取). Needs points:redeem on the exchange’s unit; CONFLICT unless it is ORDERED.',
  })
  handOverRedemption(
    @Arg('id', () => ID, { description: 'The redemption’s number (兑换单号).' }) id: string,
    @Ctx() ctx: VolunteersContext,
  ) {
    return handOverRedemption(ctx, id);
  }

  @Mutation(() => PointsRedemption, {
    description:
      'Cancels a redemption with a reason: the points come back (REFUNDED) and the items go back into stock (取消兑换). The volunteer its own ORDERED one; staff with points:redeem on the exchange’s unit an ORDERED one, or a HANDED_OVER one whose goods came back.',
  })
  cancelRedemption(
    @Arg('id', () => ID, { description: 'The redemption’s number (兑换单号).' }) id: string,
    @Arg('reason', { description: 'Why, 1–200 characters (取消原因).' }) reason: string,
    @Ctx() ctx: VolunteersContext,
  ) {
    return cancelRedemption(ctx, id, reason);
  }
}
