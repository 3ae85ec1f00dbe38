import { Column, Entity, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import type { DifficultyCategory } from './difficulty-category.enum';

/** A household on a station's grid register (住户), most of them families in difficulty (困难家庭). Name, phone and address are personal data. */
@Entity({ name: 'household' })
export class HouseholdEntity {
  @PrimaryGeneratedColumn()
  id: number;

  /** The station (or other unit) whose grid the household lives in (org subgraph's id). */
  @Column({ name: 'org_unit_id', type: 'int' })
  orgUnitId: number;

  @Column({ name: 'head_name', type: 'text' })
  headName: string;

  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Column({ type: 'text' })
  address: string;

  @Column({ type: 'text', array: true })
  categories: DifficultyCategory[];

  @Column({ name: 'member_count', type: 'int', nullable: true })
  memberCount: number | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  /** YYYY-MM-DD. */
  @Column({ name: 'registered_on', type: 'date' })
  registeredOn: string;

  @VersionColumn({ default: 1 })
  version: number;

  @Column({ name: 'created_by', type: 'text' })
  createdBy: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
