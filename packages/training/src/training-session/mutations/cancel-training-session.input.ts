import { Field, InputType } from 'type-graphql';
import { TrimmedLength, VersionedInput } from '@civic/subgraph-kit';

@InputType('CancelTrainingSessionInput', { description: 'Cancelling a session of an agenda, with the reason (取消培训日程).' })
export class CancelTrainingSessionInput extends VersionedInput {
  @Field({ description: 'Why it is cancelled, 1–200 characters; kept with the session and in the audit log (取消原因).' })
  @TrimmedLength(1, 200)
  reason: string;
}
