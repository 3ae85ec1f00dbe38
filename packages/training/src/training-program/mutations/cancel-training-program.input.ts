import { Field, InputType } from 'type-graphql';
import { TrimmedLength, VersionedInput } from '@civic/subgraph-kit';

@InputType('CancelTrainingProgramInput', { description: 'Cancelling a training program, with the reason (取消培训项目).' })
export class CancelTrainingProgramInput extends VersionedInput {
  @Field({ description: 'Why it is cancelled, 1–200 characters; kept with the program and in the audit log (取消原因).' })
  @TrimmedLength(1, 200)
  reason: string;
}
