import { Field, Float, ID, InputType } from 'type-graphql';
import { IsOptionalText, TrimmedLength, VersionedInput } from '@civic/subgraph-kit';

@InputType('UpdateAssessmentIndicatorInput', {
  description:
    'New target, weight or description of an indicator, as read: omitted fields stay as they are (调整考核指标). The next ranking uses them.',
})
export class UpdateAssessmentIndicatorInput extends VersionedInput {
  @Field(() => ID, { description: 'The indicator (考核指标).' })
  id: string;

  @Field(() => Float, { nullable: true, description: 'New target, more than 0; a share at most 1, a rating at most 5 (目标值).' })
  target?: number | null;

  @Field(() => Float, { nullable: true, description: 'New weight, more than 0, at most 1000 (分值).' })
  weight?: number | null;

  @Field(() => String, { nullable: true, description: 'New description, up to 500 characters; null or blank clears it (指标说明).' })
  @IsOptionalText()
  @TrimmedLength(0, 500)
  description?: string | null;
}
