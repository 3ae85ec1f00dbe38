import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** An inspection visit to a unit (督查), perhaps under an assessment scheme; what it requires fixed is in `inspection_finding`. */
@Entity({ name: 'inspection' })
export class InspectionEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'scheme_id', type: 'int', nullable: true })
  schemeId: number | null;

  /** The inspected unit (org subgraph's id). */
  @Column({ name: 'org_unit_id', type: 'int' })
  orgUnitId: number;

  /** YYYY-MM-DD. */
  @Column({ name: 'inspected_on', type: 'date' })
  inspectedOn: string;

  @Column({ type: 'text' })
  inspectors: string;

  @Column({ type: 'text' })
  summary: string;

  @Column({ name: 'created_by', type: 'text' })
  createdBy: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
