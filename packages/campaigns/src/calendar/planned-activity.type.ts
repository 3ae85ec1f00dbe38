import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '@civic/runtime';
import { VERSION_DESCRIPTION } from '@civic/subgraph-kit';
import { PlannedActivityStatus } from './planned-activity-status.enum';

@ObjectType('PlannedActivity', {
  description:
    'An activity planned against a themed day of the calendar: PLANNED, then HELD (linked to its event) or CANCELLED (计划活动).',
})
export class PlannedActivity {
  @Field(() => ID, { description: 'Stable identifier (编号).' })
  id: number;

  @Field(() => DateScalar, { description: 'The day it is planned for, YYYY-MM-DD (计划日期).' })
  plannedOn: string;

  @Field({ description: 'Title (活动名称).' })
  title: string;

  @Field(() => PlannedActivityStatus, { description: 'Where it stands (状态).' })
  status: PlannedActivityStatus;

  @Field(() => String, { nullable: true, description: 'Why it was cancelled (取消原因).' })
  cancelReason: string | null;

  @Field(() => Int, { description: VERSION_DESCRIPTION })
  version: number;
}
