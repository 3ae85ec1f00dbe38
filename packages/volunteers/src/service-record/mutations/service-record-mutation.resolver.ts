import { INPUT_ARG } from '@civic/subgraph-kit';
import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { VolunteersContext } from '../../loaders';
import { ServiceRecordStatus } from '../service-record-status.enum';
import { ServiceRecord } from '../service-record.type';
import { RecordServiceInput } from './record-service.input';
import { recordService } from './record-service';
import { reviewServiceRecord } from './review-service-record';

@Resolver(() => ServiceRecord)
export class ServiceRecordMutationResolver {
  @Mutation(() => ServiceRecord, {
    description:
      'Records hours of service witnessed by staff, approved at once (记录服务时长). ADMIN; ORG_ADMIN and OPERATOR for volunteers registered inside their subtree.',
  })
  recordService(@Arg('input', () => RecordServiceInput, INPUT_ARG) input: RecordServiceInput, @Ctx() ctx: VolunteersContext) {
    return recordService(ctx, input);
  }

  @Mutation(() => ServiceRecord, { description: 'Approves a pending record; its hours count from now on (审核通过).' })
  approveServiceRecord(
    @Arg('id', () => ID, { description: 'The record.' }) id: string,
    @Arg('note', () => String, { nullable: true, description: "Reviewer's note." }) note: string | null,
    @Ctx() ctx: VolunteersContext,
  ) {
    return reviewServiceRecord(ctx, id, ServiceRecordStatus.APPROVED, note);
  }

  @Mutation(() => ServiceRecord, { description: 'Rejects a pending record; it is kept and never counted (审核不通过).' })
  rejectServiceRecord(
    @Arg('id', () => ID, { description: 'The record.' }) id: string,
    @Arg('reason', { description: 'Why it is rejected.' }) reason: string,
    @Ctx() ctx: VolunteersContext,
  ) {
    return reviewServiceRecord(ctx, id, ServiceRecordStatus.REJECTED, reason);
  }
}
