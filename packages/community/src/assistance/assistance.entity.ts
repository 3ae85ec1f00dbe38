import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { AssistanceKind } from './assistance-kind.enum';

/** Help given to a household (帮扶). */
@Entity({ name: 'assistance' })
export class AssistanceEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'household_id', type: 'int' })
  householdId: number;

  /** The household's unit when the help was given: where the figures count it. */
  @Column({ name: 'org_unit_id', type: 'int' })
  orgUnitId: number;

  @Column({ type: 'text' })
  kind: AssistanceKind;

  /** YYYY-MM-DD. */
  @Column({ name: 'given_on', type: 'date' })
  givenOn: string;

  @Column({ type: 'text' })
  description: string;

  @Column({ name: 'given_by', type: 'text' })
  givenBy: string;

  @Column({ name: 'visit_id', type: 'int', nullable: true })
  visitId: number | null;

  @Column({ name: 'service_request_id', type: 'int', nullable: true })
  serviceRequestId: number | null;

  @Column({ name: 'created_by', type: 'text' })
  createdBy: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
