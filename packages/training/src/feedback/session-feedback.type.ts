import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType('SessionFeedback', {
  description: "An attendee's rating and comment on one session (培训评价); who gave it is not shown.",
})
export class SessionFeedback {
  @Field(() => ID, { description: 'Stable identifier (编号).' })
  id: number;

  @Field(() => Int, { description: 'Rating from 1 (poor) to 5 (excellent) (评分).' })
  rating: number;

  @Field(() => String, { nullable: true, description: 'Comment, up to 500 characters (意见建议).' })
  comment: string | null;

  @Field(() => Date, { name: 'givenAt', description: 'When it was given (评价时间).' })
  createdAt: Date;

  sessionId: number;
  enrollmentId: number;
}
