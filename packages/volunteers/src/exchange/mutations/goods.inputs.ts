import { Field, ID, InputType, Int } from 'type-graphql';
import { IsOptionalText, NumberRange, TrimmedLength, ValidateIfGiven, VersionedInput } from '@civic/subgraph-kit';
import { ExchangeGoodsCategory } from '../goods-category.enum';

@InputType('AddGoodsInput', { description: 'Goods an exchange starts to offer (上架商品).' })
export class AddGoodsInput {
  @Field(() => ID, { description: 'The exchange (兑换点).' })
  exchangeId: string;

  @Field({ description: 'Name, 1–100 characters, e.g. 大米（5公斤） (商品名称).' })
  @TrimmedLength(1, 100)
  name: string;

  @Field(() => ExchangeGoodsCategory, { description: 'What sort of goods (商品类别).' })
  category: ExchangeGoodsCategory;

  @Field(() => Int, { description: 'Points one item costs, 1–100000 (兑换积分).' })
  @NumberRange(1, 100_000)
  pointsPrice: number;

  @Field(() => Int, { description: 'Items on hand to start with, 0–100000 (初始库存).' })
  @NumberRange(0, 100_000)
  stock: number;
}

@InputType('UpdateGoodsInput', {
  description: 'Changes to goods: omitted fields stay as they are; stock moves by restockGoods (修改商品).',
})
export class UpdateGoodsInput extends VersionedInput {
  @Field(() => ID, { description: 'The goods (商品).' })
  id: string;

  @Field(() => String, { nullable: true, description: 'New name, 1–100 characters (商品名称).' })
  @ValidateIfGiven()
  @TrimmedLength(1, 100)
  name?: string;

  @Field(() => ExchangeGoodsCategory, { nullable: true, description: 'New category (商品类别).' })
  category?: ExchangeGoodsCategory;

  @Field(() => Int, {
    nullable: true,
    description: 'New price in points, 1–100000; redemptions already made keep theirs (兑换积分).',
  })
  @ValidateIfGiven()
  @NumberRange(1, 100_000)
  pointsPrice?: number;
}

@InputType('RestockGoodsInput', { description: 'Items added to the stock of goods, with a note (补货).' })
export class RestockGoodsInput {
  @Field(() => ID, { description: 'The goods (商品).' })
  goodsId: string;

  @Field(() => Int, { description: 'Items added, 1–100000 (补货数量).' })
  @NumberRange(1, 100_000)
  quantity: number;

  @Field({ description: 'Where they came from, 1–200 characters, e.g. 县慈善会捐赠 (补货说明).' })
  @TrimmedLength(1, 200)
  note: string;
}

@InputType('RetireGoodsInput', { description: 'Goods to take off the shelf; kept with their redemptions (下架商品).' })
export class RetireGoodsInput extends VersionedInput {
  @Field(() => ID, { description: 'The goods (商品).' })
  id: string;

  @Field(() => String, { nullable: true, description: 'Why, up to 200 characters (下架原因).' })
  @IsOptionalText()
  @TrimmedLength(0, 200)
  reason?: string | null;
}
