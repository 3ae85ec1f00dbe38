import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One person enrolled in a training program (报名学员). The participant's unit and volunteer
 * record belong to other subgraphs and are referenced by id only.
 */
@Entity({ name: 'enrollment' })
export class EnrollmentEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'program_id', type: 'int' })
  programId: number;

  @Column({ name: 'participant_name', type: 'text' })
  participantName: string;

  @Column({ name: 'participant_unit_id', type: 'int', nullable: true })
  participantUnitId: number | null;

  @Column({ name: 'volunteer_id', type: 'int', nullable: true })
  volunteerId: number | null;

  @Column({ type: 'boolean', default: false })
  attended: boolean;

  @Column({ name: 'participant_position', type: 'text', nullable: true })
  participantPosition: string | null;

  /** The participant's unit as text, when it is not an org unit (e.g. 市委社工委, a department). */
  @Column({ name: 'participant_unit_name', type: 'text', nullable: true })
  participantUnitName: string | null;

  @Column({ name: 'completed_on', type: 'date', nullable: true })
  completedOn: string | null;

  @Column({ name: 'certificate_number', type: 'text', nullable: true })
  certificateNumber: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
