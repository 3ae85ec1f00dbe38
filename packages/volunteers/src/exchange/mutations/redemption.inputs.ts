import { Field, ID, InputType, Int } from 'type-graphql';
import { NumberRange, TrimmedLength } from '@civic/subgraph-kit';

const QUANTITY = 'Items to take, 1–100 (数量).';
const KEY =
  'Client-chosen key, 1–100 characters, one per request of the volunteer: sent again, it redeems once and returns the first redemption; with other goods or quantity it is a CONFLICT (幂等键).';

@InputType('RedeemGoodsInput', { description: 'Goods a volunteer takes at the counter, confirmed by staff (现场兑换).' })
export class RedeemGoodsInput {
  @Field(() => ID, { description: 'The volunteer whose points pay (志愿者).' })
  volunteerId: string;

  @Field(() => ID, { description: 'The goods (商品).' })
  goodsId: string;

  @Field(() => Int, { description: QUANTITY })
  @NumberRange(1, 100)
  quantity: number;

  @Field({ description: KEY })
  @TrimmedLength(1, 100)
  idempotencyKey: string;
}

@InputType('OrderGoodsInput', { description: 'Goods a volunteer orders for itself, to collect at the exchange (积分下单).' })
export class OrderGoodsInput {
  @Field(() => ID, { description: 'The goods (商品).' })
  goodsId: string;

  @Field(() => Int, { description: QUANTITY })
  @NumberRange(1, 100)
  quantity: number;

  @Field({ description: KEY })
  @TrimmedLength(1, 100)
  idempotencyKey: string;
}
