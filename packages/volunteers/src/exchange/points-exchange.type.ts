import { Field, ID, Int, ObjectType } from 'type-graphql';
import { VERSION_DESCRIPTION } from '@civic/subgraph-kit';
import { PointsExchangeKind } from './points-exchange-kind.enum';

@ObjectType('PointsExchange', {
  description:
    'A place where volunteers spend points on goods (积分兑换点): a 爱心超市 at an institute or a station, a village vending machine, or a stall on market days.',
})
export class PointsExchange {
  @Field(() => ID, { description: 'Stable identifier (编号).' })
  id: number;

  @Field({ description: 'Name, e.g. 鲹鱼河镇爱心超市 (名称).' })
  name: string;

  @Field(() => PointsExchangeKind, { description: 'What kind of place it is (类型).' })
  kind: PointsExchangeKind;

  @Field(() => String, { nullable: true, description: 'Where it is (地址).' })
  address: string | null;

  @Field(() => String, { nullable: true, description: 'When it opens, e.g. 每周六 9:00–17:00 (开放时间).' })
  openingNote: string | null;

  @Field(() => Date, { nullable: true, description: 'When it closed; null while open (关闭时间).' })
  closedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it closed (关闭原因).' })
  closeReason: string | null;

  @Field({ description: 'When it was opened on the platform (开设时间).' })
  createdAt: Date;

  @Field(() => Int, { description: VERSION_DESCRIPTION })
  version: number;

  orgUnitId: number;
}
