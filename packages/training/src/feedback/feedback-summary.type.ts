import { Field, Float, Int, ObjectType } from 'type-graphql';

@ObjectType('SessionFeedbackSummary', { description: 'The ratings of one session, in aggregate (评价汇总); public.' })
export class SessionFeedbackSummary {
  @Field(() => Int, { description: 'How many attendees rated it (评价人数).' })
  count: number;

  @Field(() => Float, { nullable: true, description: 'Mean rating, 1 to 5, two decimals; null when nobody rated it (平均评分).' })
  averageRating: number | null;
}
