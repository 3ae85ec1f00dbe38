import { Field, Float, ID, InputType } from 'type-graphql';
import { IsOptionalText, TrimmedLength } from '@civic/subgraph-kit';
import { IndicatorKind } from '../indicator-kind.enum';

@InputType('AddAssessmentIndicatorInput', { description: 'An indicator to add to a scheme that is not CLOSED (添加考核指标).' })
export class AddAssessmentIndicatorInput {
  @Field(() => ID, { description: 'The scheme (考核方案).' })
  schemeId: string;

  @Field(() => IndicatorKind, { description: 'What it measures; a scheme has each kind at most once (指标类别).' })
  kind: IndicatorKind;

  @Field(() => Float, {
    description: 'The value that earns the full weight: more than 0, four decimals; a share at most 1, a rating at most 5 (目标值).',
  })
  target: number;

  @Field(() => Float, { description: 'Points it is worth: more than 0, at most 1000, two decimals (分值).' })
  weight: number;

  @Field(() => String, { nullable: true, description: 'The scheme’s own words on it, up to 500 characters (指标说明).' })
  @IsOptionalText()
  @TrimmedLength(0, 500)
  description?: string | null;
}
