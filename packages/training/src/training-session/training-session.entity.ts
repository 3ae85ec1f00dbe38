import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import type { TrainingSessionKind } from './training-session-kind.enum';

/** One session of a program's agenda (培训日程). A site visit names the unit visited, in any county. */
@Entity({ name: 'training_session' })
export class TrainingSessionEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'program_id', type: 'int' })
  programId: number;

  @Column({ type: 'text' })
  kind: TrainingSessionKind;

  @Column({ type: 'text' })
  title: string;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt: Date;

  @Column({ type: 'text', nullable: true })
  speaker: string | null;

  @Column({ name: 'speaker_position', type: 'text', nullable: true })
  speakerPosition: string | null;

  /** The org unit visited (an org subgraph id), for SITE_VISIT only. */
  @Column({ name: 'visited_unit_id', type: 'int', nullable: true })
  visitedUnitId: number | null;

  /** How it was run, e.g. 一听二看三交流 ("listen, look, exchange"). */
  @Column({ type: 'text', nullable: true })
  method: string | null;

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
}
