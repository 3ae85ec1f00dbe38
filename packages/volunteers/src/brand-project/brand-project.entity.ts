import { Column, Entity, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';

/** A brand project (精品项目) grouping teams and activities, e.g. 文明劝导. */
@Entity({ name: 'brand_project' })
export class BrandProjectEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ name: 'org_unit_id', type: 'int' })
  orgUnitId: number;

  @VersionColumn()
  version: number;

  /** When the project was retired (停用); null while running. Teams and activities keep their link. */
  @Column({ name: 'retired_at', type: 'timestamptz', nullable: true })
  retiredAt: Date | null;

  /** Pinyin of the name, kept by a trigger, for search (see the DailyWork migration). */
  @Column({ name: 'search_key', type: 'text', select: false, insert: false, update: false })
  searchKey?: string;
}
