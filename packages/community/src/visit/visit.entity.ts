import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { VisitorKind } from './visitor-kind.enum';

/** A door-to-door visit (走访) by a grid worker, village cadre or volunteer. */
@Entity({ name: 'visit' })
export class VisitEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'org_unit_id', type: 'int' })
  orgUnitId: number;

  @Column({ name: 'household_id', type: 'int', nullable: true })
  householdId: number | null;

  @Column({ name: 'visitor_kind', type: 'text' })
  visitorKind: VisitorKind;

  @Column({ name: 'visitor_name', type: 'text' })
  visitorName: string;

  /** The volunteers subgraph's Volunteer, when a registered volunteer visited. */
  @Column({ name: 'volunteer_id', type: 'int', nullable: true })
  volunteerId: number | null;

  /** YYYY-MM-DD. */
  @Column({ name: 'visited_on', type: 'date' })
  visitedOn: string;

  @Column({ type: 'text' })
  findings: string;

  @Column({ type: 'smallint', nullable: true })
  satisfaction: number | null;

  /** The volunteers subgraph's ServiceRequest the visit turned into (群众点单), if any. */
  @Column({ name: 'service_request_id', type: 'int', nullable: true })
  serviceRequestId: number | null;

  @Column({ name: 'created_by', type: 'text' })
  createdBy: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
