import { Field, ID, Int, ObjectType } from 'type-graphql';
import { VERSION_DESCRIPTION } from '@civic/subgraph-kit';
import { ExchangeGoodsCategory } from './goods-category.enum';

@ObjectType('ExchangeGoods', { description: 'Goods an exchange offers for points, with the stock on hand (兑换商品).' })
export class ExchangeGoods {
  @Field(() => ID, { description: 'Stable identifier (编号).' })
  id: number;

  @Field({ description: 'Name, e.g. 大米（5公斤） (商品名称).' })
  name: string;

  @Field(() => ExchangeGoodsCategory, { description: 'What sort of goods (商品类别).' })
  category: ExchangeGoodsCategory;

  @Field(() => Int, { description: 'Points one item costs (兑换积分).' })
  pointsPrice: number;

  @Field(() => Int, { description: 'Items on hand, never below zero (库存).' })
  stock: number;

  @Field(() => Date, { nullable: true, description: 'When it was taken off the shelf; null while offered (下架时间).' })
  retiredAt: Date | null;

  @Field(() => Int, { description: `${VERSION_DESCRIPTION} Stock moves do not count.` })
  version: number;

  exchangeId: number;
}
