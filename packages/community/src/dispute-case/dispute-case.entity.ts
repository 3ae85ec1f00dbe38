import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { DisputeCategory } from './dispute-category.enum';
import type { DisputeSource } from './dispute-source.enum';
import type { DisputeState } from './dispute-state.enum';

/** A dispute (矛盾纠纷) found on the grid and where its mediation stands. The parties are personal data. */
@Entity({ name: 'dispute_case' })
export class DisputeCaseEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'org_unit_id', type: 'int' })
  orgUnitId: number;

  @Column({ type: 'text' })
  category: DisputeCategory;

  @Column({ type: 'text' })
  source: DisputeSource;

  @Column({ name: 'visit_id', type: 'int', nullable: true })
  visitId: number | null;

  @Column({ name: 'service_request_id', type: 'int', nullable: true })
  serviceRequestId: number | null;

  @Column({ name: 'household_id', type: 'int', nullable: true })
  householdId: number | null;

  @Column({ type: 'text' })
  summary: string;

  @Column({ type: 'text', array: true })
  parties: string[];

  /** YYYY-MM-DD. */
  @Column({ name: 'found_on', type: 'date' })
  foundOn: string;

  @Column({ type: 'text' })
  state: DisputeState;

  @Column({ name: 'escalated_to_unit_id', type: 'int', nullable: true })
  escalatedToUnitId: number | null;

  /** YYYY-MM-DD: the day it was resolved or escalated. */
  @Column({ name: 'closed_on', type: 'date', nullable: true })
  closedOn: string | null;

  @Column({ type: 'smallint', nullable: true })
  satisfaction: number | null;

  @Column({ name: 'created_by', type: 'text' })
  createdBy: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
