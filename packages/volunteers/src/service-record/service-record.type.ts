import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { VERSION_DESCRIPTION } from '@civic/subgraph-kit';
import { ServiceRecordStatus } from './service-record-status.enum';

@ObjectType('ServiceRecord', { description: 'Hours of actual service by one volunteer (志愿服务记录). Only approved records count.' })
export class ServiceRecord {
  @Field(() => ID, { description: 'Stable identifier (编号).' })
  id: number;

  @Field({ description: 'When the service began (开始时间).' })
  startedAt: Date;

  @Field({ description: 'When it ended (结束时间).' })
  endedAt: Date;

  @Field(() => Float, { description: 'Hours of actual service, at most 24 (服务时长).' })
  hours: number;

  @Field(() => String, { nullable: true, description: 'What was done (服务内容).' })
  description: string | null;

  @Field(() => ServiceRecordStatus, { description: 'Review state (审核状态).' })
  status: ServiceRecordStatus;

  @Field(() => Date, { nullable: true, description: 'When it was approved or rejected (审核时间).' })
  reviewedAt: Date | null;

  @Field(() => String, { nullable: true, description: "Reason given when rejected, or a reviewer's note (审核意见)." })
  reviewNote: string | null;

  @Field(() => Int, { description: VERSION_DESCRIPTION })
  version: number;

  @Field(() => Date, { nullable: true, description: 'When it was voided; null unless VOIDED (作废时间).' })
  voidedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it was voided (作废原因).' })
  voidReason: string | null;

  volunteerId: number;
  teamId: number | null;
  campaignEventId: number | null;
  activityId: number | null;
}
