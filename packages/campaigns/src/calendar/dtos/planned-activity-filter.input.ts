import { Field, ID, InputType } from 'type-graphql';
import { DateScalar } from '@civic/runtime';
import { NotBefore } from '@civic/subgraph-kit';
import { PlannedActivityStatus } from '../planned-activity-status.enum';

@InputType('PlannedActivityFilter', { description: 'Which planned activities to list; all given conditions must hold (计划活动筛选).' })
export class PlannedActivityFilter {
  @Field(() => ID, { nullable: true, description: "Only activities on this unit's calendar (日历所属单位)." })
  calendarUnitId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only activities planned against this themed day (主题日).' })
  calendarDayId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only activities hosted by this unit or any unit below it (承办单位及下级).' })
  hostSubtreeOf?: string | null;

  @Field(() => PlannedActivityStatus, { nullable: true, description: 'Only activities in this state (状态).' })
  status?: PlannedActivityStatus | null;

  @Field(() => DateScalar, { nullable: true, description: 'Only activities planned on or after this day, YYYY-MM-DD (起始日期).' })
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Only activities planned on or before this day, YYYY-MM-DD (截止日期).' })
  @NotBefore('from')
  to?: string | null;
}
