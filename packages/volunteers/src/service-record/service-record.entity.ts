import { Column, Entity, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { NUMERIC_TRANSFORMER } from '@civic/subgraph-kit';
import type { ServiceRecordStatus } from './service-record-status.enum';

/** Hours of actual service (服务记录). Only APPROVED records count towards a volunteer's total. */
@Entity({ name: 'service_record' })
export class ServiceRecordEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'volunteer_id', type: 'int' })
  volunteerId: number;

  @Column({ name: 'team_id', type: 'int', nullable: true })
  teamId: number | null;

  @Column({ name: 'started_at', type: 'timestamptz' })
  startedAt: Date;

  @Column({ name: 'ended_at', type: 'timestamptz' })
  endedAt: Date;

  @Column({ type: 'numeric', precision: 5, scale: 2, transformer: NUMERIC_TRANSFORMER })
  hours: number;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'text' })
  status: ServiceRecordStatus;

  @Column({ name: 'idempotency_key', type: 'text', nullable: true })
  idempotencyKey: string | null;

  @Column({ name: 'campaign_event_id', type: 'int', nullable: true })
  campaignEventId: number | null;

  @Column({ name: 'activity_id', type: 'int', nullable: true })
  activityId: number | null;

  @Column({ name: 'recorded_by', type: 'text', nullable: true })
  recordedBy: string | null;

  @Column({ name: 'reviewed_by', type: 'text', nullable: true })
  reviewedBy: string | null;

  @Column({ name: 'reviewed_at', type: 'timestamptz', nullable: true })
  reviewedAt: Date | null;

  @Column({ name: 'review_note', type: 'text', nullable: true })
  reviewNote: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @VersionColumn()
  version: number;

  /** Set with status VOIDED (作废): the record is kept, never counted. */
  @Column({ name: 'voided_at', type: 'timestamptz', nullable: true })
  voidedAt: Date | null;

  @Column({ name: 'voided_by', type: 'text', nullable: true })
  voidedBy: string | null;

  @Column({ name: 'void_reason', type: 'text', nullable: true })
  voidReason: string | null;
}
