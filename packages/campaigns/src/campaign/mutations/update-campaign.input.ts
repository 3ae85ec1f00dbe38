import { IsOptional } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '@civic/runtime';
import { IsOptionalText, NotBefore, NumberRange, TrimmedLength, ValidateIfGiven, VersionedInput } from '@civic/subgraph-kit';
import { CampaignKind } from '../campaign-kind.enum';

@InputType('UpdateCampaignInput', {
  description: 'Changes to a campaign: omitted fields stay as they are, null clears an optional one (修改宣传活动).',
})
export class UpdateCampaignInput extends VersionedInput {
  @Field(() => ID, { description: 'The campaign to change (活动编号).' })
  id: string;

  @Field(() => String, { nullable: true, description: 'New name, 1–200 characters (活动名称).' })
  @ValidateIfGiven()
  @TrimmedLength(1, 200)
  name?: string;

  @Field(() => CampaignKind, { nullable: true, description: 'New kind (活动类型).' })
  @ValidateIfGiven()
  @IsOptional()
  kind?: CampaignKind;

  @Field(() => String, { nullable: true, description: 'What it is about, up to 2000 characters; null or blank clears it (活动简介).' })
  @IsOptionalText()
  @TrimmedLength(0, 2000)
  description?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'First day, YYYY-MM-DD; null for open-ended. No recorded event may fall before it (开始日期).',
  })
  startsOn?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Last day, YYYY-MM-DD, not before the start; null for open-ended. No recorded event may fall after it (结束日期).',
  })
  @NotBefore('startsOn')
  endsOn?: string | null;

  @Field(() => Int, { nullable: true, description: 'Number of events planned, 0 or more; null for none (计划场次).' })
  @IsOptional()
  @NumberRange(0)
  eventTarget?: number | null;

  @Field(() => Int, { nullable: true, description: 'Number of people it means to reach, 0 or more; null for none (目标受众人次).' })
  @IsOptional()
  @NumberRange(0)
  audienceTarget?: number | null;
}
