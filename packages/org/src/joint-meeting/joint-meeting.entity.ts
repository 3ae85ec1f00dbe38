import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A joint meeting (联席会议) convened by a unit. */
@Entity({ name: 'joint_meeting' })
export class JointMeetingEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'convening_unit_id', type: 'int' })
  conveningUnitId: number;

  @Column({ name: 'held_on', type: 'date' })
  heldOn: string;

  @Column({ type: 'text' })
  topic: string;

  @Column({ type: 'text', nullable: true })
  minutes: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
