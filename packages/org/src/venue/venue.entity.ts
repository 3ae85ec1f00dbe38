import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { VenueKind } from './venue-kind.enum';

/** A venue attached to a unit (阵地资源). */
@Entity({ name: 'venue' })
export class VenueEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'org_unit_id', type: 'int' })
  orgUnitId: number;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  kind: VenueKind;

  @Column({ type: 'text', nullable: true })
  address: string | null;

  @Column({ name: 'opening_hours', type: 'text', nullable: true })
  openingHours: string | null;

  @Column({ type: 'int', nullable: true })
  capacity: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  /** How many times it has been edited; an edit names the version it read. */
  @VersionColumn()
  version: number;

  /** The name spelled in pinyin for search, kept by a database trigger. */
  @Column({ name: 'search_key', type: 'text', select: false, insert: false, update: false })
  searchKey?: string;
}
