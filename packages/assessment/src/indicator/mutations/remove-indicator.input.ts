import { Field, ID, InputType } from 'type-graphql';
import { VersionedInput } from '@civic/subgraph-kit';

@InputType('RemoveAssessmentIndicatorInput', { description: 'An indicator to take out of its scheme, as read (删除考核指标).' })
export class RemoveAssessmentIndicatorInput extends VersionedInput {
  @Field(() => ID, { description: 'The indicator (考核指标).' })
  id: string;
}
