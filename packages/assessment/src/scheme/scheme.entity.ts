import { Column, Entity, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import type { RankedLevel } from './ranked-level.enum';
import type { SchemeState } from './scheme-state.enum';

/** An assessment scheme (考核方案) of an owner unit for a period; its indicators are in `indicator`. */
@Entity({ name: 'scheme' })
export class SchemeEntity {
  @PrimaryGeneratedColumn()
  id: number;

  /** The org subgraph's unit that owns the scheme, e.g. the county center. */
  @Column({ name: 'owner_unit_id', type: 'int' })
  ownerUnitId: number;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  /** YYYY-MM-DD, both days included. */
  @Column({ name: 'period_from', type: 'date' })
  periodFrom: string;

  @Column({ name: 'period_to', type: 'date' })
  periodTo: string;

  @Column({ name: 'ranked_level', type: 'text' })
  rankedLevel: RankedLevel;

  @Column({ type: 'text' })
  state: SchemeState;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @VersionColumn({ default: 1 })
  version: number;

  @Column({ name: 'created_by', type: 'text' })
  createdBy: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
