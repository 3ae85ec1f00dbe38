import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType('Activity', { description: 'A volunteer service activity published for recruitment (志愿服务活动).' })
export class Activity {
  @Field(() => ID, { description: 'Stable identifier (编号).' })
  id: number;

  @Field({ description: 'Title (活动名称).' })
  title: string;

  @Field(() => String, { nullable: true, description: 'What volunteers will do (活动内容).' })
  description: string | null;

  @Field({ description: 'Start (开始时间).' })
  startsAt: Date;

  @Field({ description: 'End (结束时间).' })
  endsAt: Date;

  @Field(() => String, { nullable: true, description: 'Where (地点).' })
  place: string | null;

  @Field(() => Int, { description: 'How many volunteers it takes (招募人数).' })
  capacity: number;

  orgUnitId: number;
  teamId: number | null;
  brandProjectId: number | null;
  checkInCode: string;
}

@ObjectType('ActivitySignup', { description: "A volunteer's sign-up for an activity, with check-in and check-out (报名)." })
export class ActivitySignup {
  @Field(() => ID, { description: 'Stable identifier (编号).' })
  id: number;

  @Field({ description: 'When the volunteer signed up (报名时间).' })
  signedUpAt: Date;

  @Field(() => Date, { nullable: true, description: 'When the sign-up was cancelled (取消时间).' })
  cancelledAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'Check-in (签到).' })
  checkedInAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'Check-out (签退).' })
  checkedOutAt: Date | null;

  activityId: number;
  volunteerId: number;
  serviceRecordId: number | null;
}
