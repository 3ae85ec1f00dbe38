import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { DisputeAction } from './dispute-action.enum';
import type { DisputeState } from './dispute-state.enum';

/** One step of a dispute case: opened, mediation started, resolved or escalated; on which day, by whom. */
@Entity({ name: 'dispute_case_step' })
export class DisputeCaseStepEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'case_id', type: 'int' })
  caseId: number;

  @Column({ type: 'text' })
  action: DisputeAction;

  @Column({ name: 'from_state', type: 'text', nullable: true })
  fromState: DisputeState | null;

  @Column({ name: 'to_state', type: 'text' })
  toState: DisputeState;

  /** YYYY-MM-DD. */
  @Column({ name: 'taken_on', type: 'date' })
  takenOn: string;

  @Column({ name: 'handled_by', type: 'text', nullable: true })
  handledBy: string | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'escalated_to_unit_id', type: 'int', nullable: true })
  escalatedToUnitId: number | null;

  @Column({ type: 'text' })
  actor: string;

  @Column({ name: 'actor_role', type: 'text' })
  actorRole: string;

  @Column({ type: 'timestamptz' })
  at: Date;
}
