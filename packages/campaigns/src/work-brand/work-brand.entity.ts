import { Column, Entity, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';

/** A work brand (工作品牌) of an org unit, e.g. Tongchuan's brands for minors' moral education. */
@Entity({ name: 'work_brand' })
export class WorkBrandEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'org_unit_id', type: 'int' })
  orgUnitId: number;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ name: 'for_minors', type: 'boolean' })
  forMinors: boolean;

  /** When it was retired: kept for the activities held under it, left out of lists and new events. */
  @Column({ name: 'retired_at', type: 'timestamptz', nullable: true })
  retiredAt: Date | null;

  @VersionColumn({ default: 1 })
  version: number;

  /** Full pinyin and initials of the name, kept by a trigger for name search. */
  @Column({ name: 'search_key', type: 'text', select: false, insert: false, update: false })
  searchKey?: string;
}
