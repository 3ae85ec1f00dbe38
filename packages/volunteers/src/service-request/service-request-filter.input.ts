import { Field, ID, InputType } from 'type-graphql';
import { ServiceRequestStatus } from './service-request-status.enum';

@InputType('ServiceRequestFilter', { description: 'Which service orders to list; all given conditions must hold (点单筛选).' })
export class ServiceRequestFilter {
  @Field(() => ID, { nullable: true, description: 'Only orders placed at this unit (点单阵地).' })
  orgUnitId?: string | null;

  @Field(() => ServiceRequestStatus, { nullable: true, description: 'Only orders in this status (状态).' })
  status?: ServiceRequestStatus | null;

  @Field(() => ID, { nullable: true, description: 'Only orders placed at this unit or anywhere below it (所属范围).' })
  subtreeOf?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only orders assigned to this team (承接服务队).' })
  teamId?: string | null;
}
