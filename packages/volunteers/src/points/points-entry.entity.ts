import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { NUMERIC_TRANSFORMER } from '@civic/subgraph-kit';
import type { PointsEntryKind } from './points-entry-kind.enum';

/**
 * One line of the points ledger (积分台账): append-only, never changed or deleted (a trigger refuses
 * both); a correction is a new entry. Service entries are written by the trigger on service records.
 */
@Entity({ name: 'points_entry' })
export class PointsEntryEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'volunteer_id', type: 'int' })
  volunteerId: number;

  @Column({ type: 'text' })
  kind: PointsEntryKind;

  /** Signed: what the entry adds to the balance. */
  @Column({ type: 'numeric', precision: 12, scale: 2, transformer: NUMERIC_TRANSFORMER })
  points: number;

  /** Points per hour of a service entry. */
  @Column({ type: 'numeric', precision: 6, scale: 2, nullable: true, transformer: NUMERIC_TRANSFORMER })
  rate: number | null;

  /** Booked at: the home unit (service), the awarding unit (bonus), the exchange's unit (spent, refunded). */
  @Column({ name: 'unit_id', type: 'int', nullable: true })
  unitId: number | null;

  @Column({ name: 'service_record_id', type: 'int', nullable: true })
  serviceRecordId: number | null;

  @Column({ name: 'redemption_id', type: 'int', nullable: true })
  redemptionId: number | null;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  /** A bonus's key: the same key twice for one volunteer awards once. */
  @Column({ name: 'idempotency_key', type: 'text', nullable: true })
  idempotencyKey: string | null;

  @Column({ name: 'recorded_by', type: 'text', nullable: true })
  recordedBy: string | null;

  @Column({ name: 'booked_at', type: 'timestamptz' })
  bookedAt: Date;
}
