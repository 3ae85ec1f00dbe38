import { badUserInput, conflict, notFound } from '@civic/runtime';
import { parseId, type SubgraphContext } from '@civic/subgraph-kit';
import { ServiceRecordStatus } from '../service-record-status.enum';
import { ServiceRecordEntity } from '../service-record.entity';
import { addToTotal, lockVolunteer } from './service-hours';

/** Approves (hours count from now on) or rejects (kept, never counted) a pending record. */
export async function reviewServiceRecord(
  ctx: SubgraphContext,
  idArg: string,
  decision: ServiceRecordStatus.APPROVED | ServiceRecordStatus.REJECTED,
  note: string | null | undefined,
): Promise<ServiceRecordEntity> {
  const id = parseId(idArg, 'service record');
  const reason = note?.trim() || null;
  if (decision === ServiceRecordStatus.REJECTED && !reason) throw badUserInput('reason must say why the record is rejected');
  const found: { volunteer_id: number; home_unit_id: number | null }[] = await ctx.db.query(
    `SELECT r.volunteer_id, v.home_unit_id FROM volunteers.service_record r JOIN volunteers.volunteer v ON v.id = r.volunteer_id WHERE r.id = $1`,
    [id],
  );
  if (found.length === 0) throw notFound('service record', id);
  await ctx.access.requireWrite('service:record', found[0].home_unit_id ?? 0);

  return ctx.db.transaction(async (manager) => {
    await lockVolunteer(manager, found[0].volunteer_id);
    const records = manager.getRepository(ServiceRecordEntity);
    const record = await records.findOneByOrFail({ id });
    if (record.status !== ServiceRecordStatus.PENDING)
      throw conflict(`service record ${id} is ${record.status}; only PENDING records can be reviewed`);
    Object.assign(record, { status: decision, reviewedBy: ctx.access.identity.subject, reviewedAt: new Date(), reviewNote: reason });
    await records.save(record);
    await addToTotal(manager, record);
    await ctx.audit.record(
      manager,
      decision === ServiceRecordStatus.APPROVED ? 'approveServiceRecord' : 'rejectServiceRecord',
      'ServiceRecord',
      [id],
    );
    return record;
  });
}
