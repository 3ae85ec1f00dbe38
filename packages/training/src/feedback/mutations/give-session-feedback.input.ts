import { Field, ID, InputType, Int } from 'type-graphql';
import { IsOptionalText, NumberRange, TrimmedLength } from '@civic/subgraph-kit';

@InputType('GiveSessionFeedbackInput', { description: "An attendee's rating and comment on one session (培训评价)." })
export class GiveSessionFeedbackInput {
  @Field(() => ID, { description: 'The session (培训日程).' })
  sessionId: string;

  @Field(() => Int, { description: 'Rating from 1 (poor) to 5 (excellent) (评分).' })
  @NumberRange(1, 5)
  rating: number;

  @Field(() => String, { nullable: true, description: 'Comment, up to 500 characters (意见建议).' })
  @IsOptionalText()
  @TrimmedLength(0, 500)
  comment?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'Whose feedback: required when staff record it (e.g. from a paper form); a VOLUNTEER may omit it, its own enrollment is used (报名记录).',
  })
  enrollmentId?: string | null;
}
