import { Column, Entity, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import type { PointsExchangeKind } from './points-exchange-kind.enum';

/** An exchange (爱心超市) where volunteers spend points, run by an institute or a station. */
@Entity({ name: 'points_exchange' })
export class PointsExchangeEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'org_unit_id', type: 'int' })
  orgUnitId: number;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  kind: PointsExchangeKind;

  @Column({ type: 'text', nullable: true })
  address: string | null;

  @Column({ name: 'opening_note', type: 'text', nullable: true })
  openingNote: string | null;

  /** Set with the reason while closed; null while open. */
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Column({ name: 'close_reason', type: 'text', nullable: true })
  closeReason: string | null;

  @Column({ name: 'created_by', type: 'text' })
  createdBy: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @VersionColumn({ default: 1 })
  version: number;
}
