import { parseId, type SubgraphContext } from '@civic/subgraph-kit';
import { ServiceRecordStatus } from '../service-record-status.enum';
import { ServiceRecordEntity } from '../service-record.entity';
import { adjustTotal, authorizeRecordEdit, lockRecordForEdit } from './editable-record';
import type { VoidServiceRecordInput } from './void-service-record.input';

/**
 * Voids a recorded service (作废): the row stays with status VOIDED, who, when and why; an approved
 * record's hours leave the volunteer's total in the same transaction (and, through the roll-up
 * trigger, its unit's figures). Every other figure reads approved records only.
 */
export async function voidServiceRecord(ctx: SubgraphContext, input: VoidServiceRecordInput): Promise<ServiceRecordEntity> {
  const id = parseId(input.id, 'service record');
  const volunteerId = await authorizeRecordEdit(ctx, id);
  return ctx.db.transaction(async (manager) => {
    const record = await lockRecordForEdit(manager, volunteerId, id, input.expectedVersion);
    const statusBefore = record.status;
    if (statusBefore === ServiceRecordStatus.APPROVED) await adjustTotal(manager, record.volunteerId, -record.hours);
    Object.assign(record, {
      status: ServiceRecordStatus.VOIDED,
      voidedAt: new Date(),
      voidedBy: ctx.access.identity.subject,
      voidReason: input.reason.trim(),
    });
    const saved = await manager.getRepository(ServiceRecordEntity).save(record);
    await ctx.audit.record(manager, 'voidServiceRecord', 'ServiceRecord', [id], {
      reason: saved.voidReason,
      changes: { status: { from: statusBefore, to: ServiceRecordStatus.VOIDED } },
    });
    return saved;
  });
}
