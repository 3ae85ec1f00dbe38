import { IsOptional } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '@civic/runtime';
import { IsOptionalText, NotBefore, NumberRange, TrimmedLength } from '@civic/subgraph-kit';
import { CampaignKind } from '../campaign-kind.enum';

@InputType('CreateCampaignInput', { description: 'A new campaign (新建宣传活动).' })
export class CreateCampaignInput {
  @Field({ description: 'Name (活动名称), 1–200 characters.' })
  @TrimmedLength(1, 200)
  name: string;

  @Field(() => CampaignKind, { description: 'Kind of campaign (活动类型).' })
  kind: CampaignKind;

  @Field(() => ID, { description: "The org unit that runs it (主办单位); must be inside the caller's subtree." })
  organizerId: string;

  @Field(() => DateScalar, { nullable: true, description: 'First day, YYYY-MM-DD (开始日期).' })
  startsOn?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Last day, YYYY-MM-DD, not before startsOn (结束日期).' })
  @NotBefore('startsOn')
  endsOn?: string | null;

  @Field(() => Int, { nullable: true, description: 'Number of events planned, 0 or more (计划场次).' })
  @IsOptional()
  @NumberRange(0)
  eventTarget?: number | null;

  @Field(() => Int, { nullable: true, description: 'Number of people it means to reach, 0 or more (目标受众人次).' })
  @IsOptional()
  @NumberRange(0)
  audienceTarget?: number | null;

  @Field(() => String, { nullable: true, description: 'What it is about (活动简介), up to 2000 characters.' })
  @IsOptionalText()
  @TrimmedLength(0, 2000)
  description?: string | null;
}
