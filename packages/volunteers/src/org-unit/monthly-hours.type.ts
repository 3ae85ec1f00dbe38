import { Field, Float, Int, ObjectType } from 'type-graphql';

@ObjectType('MonthlyServiceHours', {
  description: 'Approved service in one calendar month (China time) for a unit or its subtree (月度服务时长).',
})
export class MonthlyServiceHours {
  @Field({ description: 'The month, YYYY-MM (月份).' })
  month: string;

  @Field(() => Float, { description: 'Approved hours served in the month (服务时长).' })
  hours: number;

  @Field(() => Int, { description: 'Approved service records in the month (服务次数).' })
  recordCount: number;

  @Field(() => Int, { description: 'Distinct volunteers who served in the month (参与志愿者数).' })
  volunteerCount: number;
}
