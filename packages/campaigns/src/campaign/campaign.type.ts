import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { VERSION_DESCRIPTION } from '@civic/subgraph-kit';
import { DateScalar } from '@civic/runtime';
import { CampaignKind } from './campaign-kind.enum';

@Directive('@key(fields: "id")')
@ObjectType('Campaign', {
  description: 'A campaign run by an org unit, e.g. Party-history lectures or customs reform (宣传活动 / 专项行动).',
})
export class Campaign {
  @Field(() => ID, { description: 'Stable identifier (活动编号).' })
  id: number;

  @Field({ description: 'Name, e.g. 会东县党史学习教育宣讲 (活动名称).' })
  name: string;

  @Field(() => CampaignKind, { description: 'What kind of drive this is (活动类型).' })
  kind: CampaignKind;

  @Field(() => String, { nullable: true, description: 'What the campaign is about (活动简介).' })
  description: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'First day, YYYY-MM-DD; null if open-ended (开始日期).' })
  startsOn: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Last day, YYYY-MM-DD; null if open-ended (结束日期).' })
  endsOn: string | null;

  @Field(() => Int, { nullable: true, description: 'How many events are planned, e.g. 700 sessions (目标场次).' })
  eventTarget: number | null;

  @Field(() => Int, { nullable: true, description: 'How many people the campaign means to reach (目标受众人次).' })
  audienceTarget: number | null;

  @Field(() => Date, { nullable: true, description: 'When it was closed to new events; null while open (关闭时间).' })
  closedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it was closed, if a reason was given (关闭原因).' })
  closeReason: string | null;

  @Field(() => Int, { description: VERSION_DESCRIPTION })
  version: number;

  organizerUnitId: number;
}
