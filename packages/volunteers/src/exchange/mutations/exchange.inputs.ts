import { Field, ID, InputType } from 'type-graphql';
import { IsOptionalText, TrimmedLength, ValidateIfGiven, VersionedInput } from '@civic/subgraph-kit';
import { PointsExchangeKind } from '../points-exchange-kind.enum';

@InputType('OpenExchangeInput', { description: 'A new exchange (爱心超市) run by an institute or a station (开设积分兑换点).' })
export class OpenExchangeInput {
  @Field(() => ID, { description: 'The institute or station that runs it (所属阵地).' })
  orgUnitId: string;

  @Field({ description: 'Name, 1–100 characters, e.g. 鲹鱼河镇爱心超市 (名称).' })
  @TrimmedLength(1, 100)
  name: string;

  @Field(() => PointsExchangeKind, { description: 'What kind of place it is (类型).' })
  kind: PointsExchangeKind;

  @Field(() => String, { nullable: true, description: 'Where it is, up to 200 characters (地址).' })
  @IsOptionalText()
  @TrimmedLength(0, 200)
  address?: string | null;

  @Field(() => String, { nullable: true, description: 'When it opens, up to 200 characters, e.g. 每周六 9:00–17:00 (开放时间).' })
  @IsOptionalText()
  @TrimmedLength(0, 200)
  openingNote?: string | null;
}

@InputType('UpdateExchangeInput', {
  description: 'Changes to an exchange: omitted fields stay as they are, null or blank clears an optional one (修改积分兑换点).',
})
export class UpdateExchangeInput extends VersionedInput {
  @Field(() => ID, { description: 'The exchange (兑换点).' })
  id: string;

  @Field(() => String, { nullable: true, description: 'New name, 1–100 characters (名称).' })
  @ValidateIfGiven()
  @TrimmedLength(1, 100)
  name?: string;

  @Field(() => PointsExchangeKind, { nullable: true, description: 'New kind (类型).' })
  kind?: PointsExchangeKind;

  @Field(() => String, { nullable: true, description: 'New address, up to 200 characters (地址).' })
  @IsOptionalText()
  @TrimmedLength(0, 200)
  address?: string | null;

  @Field(() => String, { nullable: true, description: 'New opening hours, up to 200 characters (开放时间).' })
  @IsOptionalText()
  @TrimmedLength(0, 200)
  openingNote?: string | null;
}

@InputType('CloseExchangeInput', {
  description: 'An exchange to close, with the reason; nothing can be redeemed there until it reopens (关闭积分兑换点).',
})
export class CloseExchangeInput extends VersionedInput {
  @Field(() => ID, { description: 'The exchange (兑换点).' })
  id: string;

  @Field({ description: 'Why, 1–200 characters (关闭原因).' })
  @TrimmedLength(1, 200)
  reason: string;
}

@InputType('ReopenExchangeInput', { description: 'A closed exchange to open again (恢复营业).' })
export class ReopenExchangeInput extends VersionedInput {
  @Field(() => ID, { description: 'The exchange (兑换点).' })
  id: string;
}
