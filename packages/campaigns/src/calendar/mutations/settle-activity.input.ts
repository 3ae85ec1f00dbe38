import { Field, ID, InputType, Int } from 'type-graphql';
import { NumberRange, TrimmedLength, ValidateIfGiven } from '@civic/subgraph-kit';

@InputType('MarkActivityHeldInput', { description: 'A planned activity that was held, and the event recorded for it (标记已举办).' })
export class MarkActivityHeldInput {
  @Field(() => ID, { description: 'The planned activity (编号).' })
  id: string;

  @Field(() => ID, { description: 'The recorded event; its China day must be the planned date (活动场次).' })
  eventId: string;

  @Field(() => Int, { nullable: true, description: 'The version you read; CONFLICT when it has changed (版本号).' })
  @ValidateIfGiven()
  @NumberRange(1, 2_147_483_647)
  expectedVersion?: number | null;
}

@InputType('CancelPlannedActivityInput', { description: 'A planned activity that will not be held, and why (取消计划活动).' })
export class CancelPlannedActivityInput {
  @Field(() => ID, { description: 'The planned activity (编号).' })
  id: string;

  @Field({ description: 'Why, 1–500 characters; kept on the activity and in the audit log (取消原因).' })
  @TrimmedLength(1, 500)
  reason: string;

  @Field(() => Int, { nullable: true, description: 'The version you read; CONFLICT when it has changed (版本号).' })
  @ValidateIfGiven()
  @NumberRange(1, 2_147_483_647)
  expectedVersion?: number | null;
}
