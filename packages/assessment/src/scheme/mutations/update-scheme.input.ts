import { Field, ID, InputType } from 'type-graphql';
import { DateScalar } from '@civic/runtime';
import { IsOptionalText, TrimmedLength, ValidateIfGiven, VersionedInput } from '@civic/subgraph-kit';
import { RankedLevel } from '../ranked-level.enum';

@InputType('UpdateAssessmentSchemeInput', {
  description:
    'Changes to a scheme: omitted fields stay as they are (修改考核方案). The period and the ranked tier change only while it is a DRAFT; nothing changes once it is CLOSED.',
})
export class UpdateAssessmentSchemeInput extends VersionedInput {
  @Field(() => ID, { description: 'The scheme (考核方案).' })
  id: string;

  @Field(() => String, { nullable: true, description: 'New name, 1–200 characters (方案名称).' })
  @ValidateIfGiven()
  @TrimmedLength(1, 200)
  name?: string;

  @Field(() => String, { nullable: true, description: 'New description, up to 2000 characters; null or blank clears it (方案说明).' })
  @IsOptionalText()
  @TrimmedLength(0, 2000)
  description?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'New first day; a draft only (考核起始日期).' })
  @ValidateIfGiven()
  from?: string;

  @Field(() => DateScalar, { nullable: true, description: 'New last day, not before the first; a draft only (考核截止日期).' })
  @ValidateIfGiven()
  to?: string;

  @Field(() => RankedLevel, { nullable: true, description: 'New ranked tier; a draft only (考核对象层级).' })
  @ValidateIfGiven()
  rankedLevel?: RankedLevel;
}
