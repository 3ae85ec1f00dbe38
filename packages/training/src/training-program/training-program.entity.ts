import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import type { TrainingAudience } from './training-audience';

/**
 * A training program (培训项目) organised by one org unit. Dates are kept as 'YYYY-MM-DD' strings:
 * a program runs on calendar days, with no time zone to shift them.
 */
@Entity({ name: 'training_program' })
export class TrainingProgramEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'text' })
  title: string;

  /** The organizer (主办单位), an org unit of the org subgraph, referenced by id only. */
  @Column({ name: 'organizer_unit_id', type: 'int' })
  organizerUnitId: number;

  @Column({ name: 'starts_on', type: 'date' })
  startsOn: string;

  @Column({ name: 'ends_on', type: 'date' })
  endsOn: string;

  @Column({ type: 'text', default: 'MIXED' })
  audience: TrainingAudience;

  @Column({ type: 'text', nullable: true })
  place: string | null;

  @Column({ type: 'int', nullable: true })
  capacity: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** How many times it has been edited; an edit names the version it read. */
  @VersionColumn()
  version: number;

  /** When it was cancelled; a cancelled record stays, for history. */
  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;

  @Column({ name: 'cancellation_reason', type: 'text', nullable: true })
  cancellationReason: string | null;

  /** The title spelled in pinyin for search, kept by a database trigger. */
  @Column({ name: 'search_key', type: 'text', select: false, insert: false, update: false })
  searchKey?: string;
}
