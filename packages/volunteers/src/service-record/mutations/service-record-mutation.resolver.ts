import { INPUT_ARG } from '@civic/subgraph-kit';
import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { VolunteersContext } from '../../loaders';
import { ServiceRecordStatus } from '../service-record-status.enum';
import { ServiceRecord } from '../service-record.type';
import { CorrectServiceRecordInput } from './correct-service-record.input';
import { correctServiceRecord } from './correct-service-record';
import { RecordServiceInput } from './record-service.input';
import { recordService } from './record-service';
import { reviewServiceRecord } from './review-service-record';
import { VoidServiceRecordInput } from './void-service-record.input';
import { voidServiceRecord } from './void-service-record';

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
    @Arg('id', () => ID, { description: 'The record (服务记录).' }) id: string,
    @Arg('note', () => String, { nullable: true, description: "Reviewer's note (审核意见)." }) note: string | null,
    @Ctx() ctx: VolunteersContext,
  ) {
    return reviewServiceRecord(ctx, id, ServiceRecordStatus.APPROVED, note);
  }

  @Mutation(() => ServiceRecord, { description: 'Rejects a pending record; it is kept and never counted (审核不通过).' })
  rejectServiceRecord(
    @Arg('id', () => ID, { description: 'The record (服务记录).' }) id: string,
    @Arg('reason', { description: 'Why it is rejected (驳回原因).' }) reason: string,
    @Ctx() ctx: VolunteersContext,
  ) {
    return reviewServiceRecord(ctx, id, ServiceRecordStatus.REJECTED, reason);
  }

  @Mutation(() => ServiceRecord, {
    description:
      'Corrects the times, hours, content, team or activity of a pending or approved record, with a reason (更正服务记录); totals follow. Staff of the volunteer’s home subtree; a stale expectedVersion is a CONFLICT.',
  })
  correctServiceRecord(
    @Arg('input', () => CorrectServiceRecordInput, INPUT_ARG) input: CorrectServiceRecordInput,
    @Ctx() ctx: VolunteersContext,
  ) {
    return correctServiceRecord(ctx, input);
  }

  @Mutation(() => ServiceRecord, {
    description:
      'Voids a pending or approved record with a reason (作废服务记录): kept as VOIDED, never counted; totals follow. Staff of the volunteer’s home subtree.',
  })
  voidServiceRecord(@Arg('input', () => VoidServiceRecordInput, INPUT_ARG) input: VoidServiceRecordInput, @Ctx() ctx: VolunteersContext) {
    return voidServiceRecord(ctx, input);
  }
}
