import { Field, ID, InputType } from 'type-graphql';
import { DateScalar } from '@civic/runtime';
import { NotBefore } from '@civic/subgraph-kit';
import { ServiceRecordStatus } from './service-record-status.enum';

@InputType('ServiceRecordFilter', { description: 'Which service records to list; all given conditions must hold (服务记录筛选).' })
export class ServiceRecordFilter {
  @Field(() => DateScalar, { nullable: true, description: 'Only service that began on or after this China day, YYYY-MM-DD (起始日期).' })
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Only service that began on or before this China day, YYYY-MM-DD (截止日期).' })
  @NotBefore('from')
  to?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only records of this volunteer (志愿者).' })
  volunteerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only service with this team (服务队).' })
  teamId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only service at this activity (活动).' })
  activityId?: string | null;

  @Field(() => ServiceRecordStatus, {
    nullable: true,
    description: 'Only records in this state; omit for all, voided ones included (审核状态).',
  })
  status?: ServiceRecordStatus | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Only records of volunteers registered at this unit or anywhere below it (所属范围).',
  })
  subtreeOf?: string | null;
}
