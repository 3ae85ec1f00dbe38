import { Column, Entity, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';

/** A lecture group (宣讲小组) based at an org unit, optionally formed for one campaign. */
@Entity({ name: 'lecture_group' })
export class LectureGroupEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'org_unit_id', type: 'int' })
  orgUnitId: number;

  @Column({ name: 'campaign_id', type: 'int', nullable: true })
  campaignId: number | null;

  @Column({ type: 'text', array: true })
  topics: string[];

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @VersionColumn({ default: 1 })
  version: number;

  /** Full pinyin and initials of the name, kept by a trigger for name search. */
  @Column({ name: 'search_key', type: 'text', select: false, insert: false, update: false })
  searchKey?: string;
}
