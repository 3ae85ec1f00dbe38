import { Column, Entity, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import type { WorkKind } from './work-kind.enum';

/** A work or material (作品与教材) produced under a unit: a textbook, a play, a song cycle … */
@Entity({ name: 'work' })
export class WorkEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'text' })
  kind: WorkKind;

  @Column({ type: 'text' })
  title: string;

  /** The org unit that produced or organised it. */
  @Column({ name: 'org_unit_id', type: 'int' })
  orgUnitId: number;

  @Column({ type: 'int', nullable: true })
  year: number | null;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @VersionColumn({ default: 1 })
  version: number;

  /** Full pinyin and initials of the title, kept by a trigger for name search. */
  @Column({ name: 'search_key', type: 'text', select: false, insert: false, update: false })
  searchKey?: string;
}
