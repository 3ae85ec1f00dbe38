import { Field, ID, InputType } from 'type-graphql';
import { TrimmedLength, VersionedInput } from '@civic/subgraph-kit';

@InputType('VoidServiceRecordInput', {
  description: 'A recorded service to void, with the reason; it is kept, never counted (作废服务记录).',
})
export class VoidServiceRecordInput extends VersionedInput {
  @Field(() => ID, { description: 'The service record (服务记录).' })
  id: string;

  @Field({ description: 'Why it is voided, 1–200 characters (作废原因).' })
  @TrimmedLength(1, 200)
  reason: string;
}
