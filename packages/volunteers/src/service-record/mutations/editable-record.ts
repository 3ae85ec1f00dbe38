import type { EntityManager } from 'typeorm';
import { conflict, notFound } from '@civic/runtime';
import { lockForEdit, type SubgraphContext } from '@civic/subgraph-kit';
import { ServiceRecordStatus } from '../service-record-status.enum';
import { ServiceRecordEntity } from '../service-record.entity';
import { lockVolunteer } from './service-hours';

/** Checks that the caller may write service records of the record's volunteer (its home unit in the caller's subtree); answers the volunteer. */
export async function authorizeRecordEdit(ctx: SubgraphContext, recordId: number): Promise<number> {
  const found: { volunteer_id: number; home_unit_id: number | null }[] = await ctx.db.query(
    `SELECT r.volunteer_id, v.home_unit_id FROM volunteers.service_record r JOIN volunteers.volunteer v ON v.id = r.volunteer_id WHERE r.id = $1`,
    [recordId],
  );
  if (found.length === 0) throw notFound('service record', recordId);
  await ctx.access.requireWrite('service:record', found[0].home_unit_id ?? 0);
  return found[0].volunteer_id;
}

/**
 * The record to correct or void, locked on the version the editor read, after its volunteer's row
 * (the order every writer of a volunteer's records and total takes). Only PENDING and APPROVED
 * records can change: REJECTED and VOIDED ones are kept as they are.
 */
export async function lockRecordForEdit(
  manager: EntityManager,
  volunteerId: number,
  recordId: number,
  expectedVersion: number,
): Promise<ServiceRecordEntity> {
  await lockVolunteer(manager, volunteerId);
  const record = await lockForEdit(manager, ServiceRecordEntity, recordId, expectedVersion, 'service record');
  if (record.status !== ServiceRecordStatus.PENDING && record.status !== ServiceRecordStatus.APPROVED)
    throw conflict(`service record ${recordId} is ${record.status}; only PENDING and APPROVED records can be corrected or voided`);
  return record;
}

/** Moves the volunteer's running total by the change in approved hours (never recomputed from scratch). */
export async function adjustTotal(manager: EntityManager, volunteerId: number, change: number): Promise<void> {
  if (change === 0) return;
  await manager.query(`UPDATE volunteers.volunteer SET total_service_hours = total_service_hours + $2 WHERE id = $1`, [
    volunteerId,
    change,
  ]);
}
