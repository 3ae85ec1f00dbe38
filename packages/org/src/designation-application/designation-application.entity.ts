import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { DesignationKind } from '../designation/designation-kind.enum';
import type { ApplicationState } from './application-state.enum';

/** A unit's application for a designation, to an authority unit above it (申报). */
@Entity({ name: 'designation_application' })
export class DesignationApplicationEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'applicant_unit_id', type: 'int' })
  applicantUnitId: number;

  @Column({ name: 'authority_unit_id', type: 'int' })
  authorityUnitId: number;

  @Column({ type: 'text' })
  kind: DesignationKind;

  @Column({ type: 'text' })
  title: string;

  @Column({ name: 'applied_on', type: 'date' })
  appliedOn: string;

  @Column({ type: 'text' })
  reason: string;

  @Column({ type: 'text', nullable: true })
  materials: string | null;

  @Column({ type: 'text' })
  state: ApplicationState;

  @Column({ name: 'decided_on', type: 'date', nullable: true })
  decidedOn: string | null;

  @Column({ name: 'decision_note', type: 'text', nullable: true })
  decisionNote: string | null;

  @Column({ name: 'designation_id', type: 'int', nullable: true, unique: true })
  designationId: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
