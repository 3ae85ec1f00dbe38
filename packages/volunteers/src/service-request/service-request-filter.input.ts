import { Field, ID, InputType } from 'type-graphql';
import { ServiceRequestStatus } from './service-request-status.enum';

@InputType('ServiceRequestFilter', { description: 'Which service orders to list; all given conditions must hold.' })
export class ServiceRequestFilter {
  @Field(() => ID, { nullable: true, description: 'Only orders placed at this unit.' })
  orgUnitId?: string | null;

  @Field(() => ServiceRequestStatus, { nullable: true, description: 'Only orders in this status.' })
  status?: ServiceRequestStatus | null;

  @Field(() => ID, { nullable: true, description: 'Only orders placed at this unit or anywhere below it.' })
  subtreeOf?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only orders assigned to this team.' })
  teamId?: string | null;
}
