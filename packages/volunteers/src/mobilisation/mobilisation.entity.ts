import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { MobilisationKind } from './mobilisation-kind.enum';

/**
 * A special-period mobilisation (应急动员) of volunteers by a calling unit over an area; its area,
 * the teams and volunteers called up and the service counted toward it are in the tables beside it
 * (mobilisation_area, mobilisation_team, mobilisation_volunteer, mobilisation_service).
 */
@Entity({ name: 'mobilisation' })
export class MobilisationEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'text' })
  kind: MobilisationKind;

  @Column({ type: 'text' })
  title: string;

  @Column({ name: 'calling_unit_id', type: 'int' })
  callingUnitId: number;

  @Column({ name: 'starts_on', type: 'date' })
  startsOn: string;

  /** Null while ongoing. */
  @Column({ name: 'ends_on', type: 'date', nullable: true })
  endsOn: string | null;

  @Column({ name: 'created_by', type: 'text' })
  createdBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
