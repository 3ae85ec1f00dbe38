import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ServiceRequestStatus } from './service-request-status.enum';

/** A resident's order for volunteer service (群众点单), as it moves through dispatch, acceptance and rating. */
@Entity({ name: 'service_request' })
export class ServiceRequestEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ name: 'org_unit_id', type: 'int' })
  orgUnitId: number;

  @Column({ type: 'text' })
  status: ServiceRequestStatus;

  @Column({ name: 'assigned_team_id', type: 'int', nullable: true })
  assignedTeamId: number | null;

  @Column({ type: 'int', nullable: true })
  rating: number | null;

  @Column({ name: 'rating_comment', type: 'text', nullable: true })
  ratingComment: string | null;

  @Column({ name: 'created_by', type: 'text' })
  createdBy: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
