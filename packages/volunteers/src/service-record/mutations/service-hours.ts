import type { EntityManager } from 'typeorm';
import { badUserInput } from '@civic/runtime';
import { VolunteerEntity } from '../../volunteer/volunteer.entity';
import { ServiceRecordStatus } from '../service-record-status.enum';
import { ServiceRecordEntity } from '../service-record.entity';

const HOUR_MS = 3_600_000;

/**
 * Hours of actual service between two instants, to two decimals, at most 24. That the end comes
 * after the start and not in the future is declared on the input.
 */
export function serviceHours(startedAt: Date, endedAt: Date): number {
  const hours = (endedAt.getTime() - startedAt.getTime()) / HOUR_MS;
  if (hours > 24) throw badUserInput('a service record covers at most 24 hours (endedAt - startedAt)', { argument: 'input.endedAt' });
  return Math.round(hours * 100) / 100;
}

/**
 * Locks the volunteer's row for the rest of the transaction: every write to one volunteer's
 * records and total is serialised, so overlap checks and totals are right under concurrency.
 */
export async function lockVolunteer(manager: EntityManager, volunteerId: number): Promise<VolunteerEntity | null> {
  return manager.getRepository(VolunteerEntity).findOne({ where: { id: volunteerId }, lock: { mode: 'pessimistic_write' } });
}

/**
 * Refuses a record overlapping another of the same volunteer that is neither rejected nor voided,
 * `exceptId` (the record being corrected) aside. The rule is `volunteers.overlapping_service_record`,
 * which `recordService` uses too.
 */
export async function assertNoOverlap(
  manager: EntityManager,
  volunteerId: number,
  startedAt: Date,
  endedAt: Date,
  exceptId: number | null = null,
): Promise<void> {
  const [{ clash }]: { clash: number | null }[] = await manager.query(
    `SELECT volunteers.overlapping_service_record($1, $2, $3, $4) AS clash`,
    [volunteerId, startedAt, endedAt, exceptId],
  );
  if (clash !== null) throw badUserInput(`startedAt/endedAt overlap service record ${clash} of volunteer ${volunteerId}`);
}

/** Adds approved hours to the volunteer's running total in the same transaction (never recomputed from scratch). */
export async function addToTotal(
  manager: EntityManager,
  record: Pick<ServiceRecordEntity, 'volunteerId' | 'hours' | 'status'>,
): Promise<void> {
  if (record.status !== ServiceRecordStatus.APPROVED) return;
  await manager.query(`UPDATE volunteers.volunteer SET total_service_hours = total_service_hours + $2 WHERE id = $1`, [
    record.volunteerId,
    record.hours,
  ]);
}
