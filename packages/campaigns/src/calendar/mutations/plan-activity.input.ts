import { Field, ID, InputType } from 'type-graphql';
import { DateScalar } from '@civic/runtime';
import { TrimmedLength } from '@civic/subgraph-kit';

@InputType('PlanActivityInput', { description: 'An activity planned against a themed day (计划活动).' })
export class PlanActivityInput {
  @Field(() => ID, { description: 'The themed day (主题日).' })
  calendarDayId: string;

  @Field(() => DateScalar, { description: "The date, YYYY-MM-DD; must fall on the themed day's month and day (计划日期)." })
  plannedOn: string;

  @Field(() => ID, { description: "The unit to host it, e.g. a sub-center; inside the caller's subtree (承办单位)." })
  hostUnitId: string;

  @Field({ description: 'Title, 1–200 characters (活动名称).' })
  @TrimmedLength(1, 200)
  title: string;
}
