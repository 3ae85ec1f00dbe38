import { Field, Int, ObjectType } from 'type-graphql';
import { OrgUnitStub } from '../org-unit/org-unit.stub';
import { CalendarDay } from './calendar-day.type';
import type { CalendarDayEntity } from './calendar-day.entity';

@ObjectType('ActivityCalendar', {
  description: "A center's activity calendar for one year (文明实践日历): its themed days, each with the activities planned and held.",
})
export class ActivityCalendar {
  @Field(() => OrgUnitStub, { description: 'The unit that owns the calendar, typically a center (所属中心).' })
  unit: OrgUnitStub;

  @Field(() => Int, { description: 'The year (年份).' })
  year: number;

  @Field(() => [CalendarDay], { description: 'Its themed days in the year, by month and day (主题日).' })
  days: CalendarDayEntity[];
}
