import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { FindingState } from './finding-state.enum';

/** A fix an inspection requires (整改要求), with who reported it fixed and who verified it, and when. */
@Entity({ name: 'inspection_finding' })
export class FindingEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'inspection_id', type: 'int' })
  inspectionId: number;

  @Column({ name: 'required_fix', type: 'text' })
  requiredFix: string;

  /** YYYY-MM-DD. */
  @Column({ name: 'due_on', type: 'date' })
  dueOn: string;

  @Column({ type: 'text' })
  state: FindingState;

  @Column({ name: 'fixed_on', type: 'date', nullable: true })
  fixedOn: string | null;

  @Column({ name: 'fix_report', type: 'text', nullable: true })
  fixReport: string | null;

  @Column({ name: 'fixed_by', type: 'text', nullable: true })
  fixedBy: string | null;

  @Column({ name: 'fixed_at', type: 'timestamptz', nullable: true })
  fixedAt: Date | null;

  @Column({ name: 'verified_on', type: 'date', nullable: true })
  verifiedOn: string | null;

  @Column({ name: 'verification_note', type: 'text', nullable: true })
  verificationNote: string | null;

  @Column({ name: 'verified_by', type: 'text', nullable: true })
  verifiedBy: string | null;

  @Column({ name: 'verified_at', type: 'timestamptz', nullable: true })
  verifiedAt: Date | null;

  @Column({ name: 'created_by', type: 'text' })
  createdBy: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
