import { Column, Entity, PrimaryGeneratedColumn, CreateDateColumn } from 'typeorm';
import type { ApplicationState } from './application-state.enum';

/** One step of an application (submitted, taken up, granted, rejected, withdrawn), with who took it. */
@Entity({ name: 'designation_application_step' })
export class ApplicationStepEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'application_id', type: 'int' })
  applicationId: number;

  @Column({ type: 'text' })
  state: ApplicationState;

  @Column({ name: 'taken_on', type: 'date' })
  takenOn: string;

  @Column({ type: 'text' })
  actor: string;

  @Column({ name: 'actor_role', type: 'text' })
  actorRole: string;

  @Column({ name: 'actor_org_unit', type: 'text', nullable: true })
  actorOrgUnit: string | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;
}
