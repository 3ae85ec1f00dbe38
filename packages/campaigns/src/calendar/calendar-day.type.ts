import { Field, ID, Int, ObjectType } from 'type-graphql';
import { VERSION_DESCRIPTION } from '@civic/subgraph-kit';

@ObjectType('CalendarDay', {
  description:
    "A themed day of a center's activity calendar (文明实践日历), e.g. 学雷锋纪念日 on 3-05, with the departments responsible and the activities planned against it.",
})
export class CalendarDay {
  @Field(() => ID, { description: 'Stable identifier (编号).' })
  id: number;

  @Field(() => Int, { description: 'Month, 1–12 (月).' })
  month: number;

  @Field(() => Int, { description: 'Day of the month, 1–31 (日).' })
  day: number;

  @Field(() => Int, { nullable: true, description: 'The one year it applies to; null for a day kept every year (年份).' })
  year: number | null;

  @Field({ description: 'Theme, e.g. 全民国家安全教育日 (主题).' })
  theme: string;

  @Field(() => String, { nullable: true, description: 'What the day is for and what is done on it (说明).' })
  description: string | null;

  @Field(() => Int, { description: VERSION_DESCRIPTION })
  version: number;
}
