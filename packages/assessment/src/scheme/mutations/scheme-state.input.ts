import { Field, ID, InputType } from 'type-graphql';
import { VersionedInput } from '@civic/subgraph-kit';

@InputType('AssessmentSchemeStateInput', { description: 'Which scheme to publish or close, as read (发布或结束考核方案).' })
export class AssessmentSchemeStateInput extends VersionedInput {
  @Field(() => ID, { description: 'The scheme (考核方案).' })
  id: string;
}
