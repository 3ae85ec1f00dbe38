import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { DecisionState } from './decision-state.enum';

/** A decision of a joint meeting, assigned to a responsible unit and followed up to done (会议议定事项). */
@Entity({ name: 'meeting_decision' })
export class MeetingDecisionEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'meeting_id', type: 'int' })
  meetingId: number;

  @Column({ type: 'text' })
  text: string;

  @Column({ name: 'responsible_unit_id', type: 'int' })
  responsibleUnitId: number;

  @Column({ name: 'due_on', type: 'date' })
  dueOn: string;

  @Column({ type: 'text' })
  state: DecisionState;

  @Column({ name: 'done_on', type: 'date', nullable: true })
  doneOn: string | null;

  @Column({ name: 'progress_note', type: 'text', nullable: true })
  progressNote: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
