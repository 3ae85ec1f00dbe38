import { Column, Entity, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import type { PlannedActivityStatus } from './planned-activity-status.enum';

/** An activity planned against a themed day: PLANNED, then HELD (linked to its event) or CANCELLED (计划活动). */
@Entity({ name: 'planned_activity' })
export class PlannedActivityEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'calendar_day_id', type: 'int' })
  calendarDayId: number;

  @Column({ name: 'planned_on', type: 'date' })
  plannedOn: string;

  @Column({ name: 'host_unit_id', type: 'int' })
  hostUnitId: number;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  status: PlannedActivityStatus;

  @Column({ name: 'event_id', type: 'int', nullable: true })
  eventId: number | null;

  @Column({ name: 'cancel_reason', type: 'text', nullable: true })
  cancelReason: string | null;

  @VersionColumn({ default: 1 })
  version: number;
}
