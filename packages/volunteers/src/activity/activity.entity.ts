import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A volunteer service activity published for recruitment (志愿服务活动). */
@Entity({ name: 'activity' })
export class ActivityEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ name: 'org_unit_id', type: 'int' })
  orgUnitId: number;

  @Column({ name: 'team_id', type: 'int', nullable: true })
  teamId: number | null;

  @Column({ name: 'brand_project_id', type: 'int', nullable: true })
  brandProjectId: number | null;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt: Date;

  @Column({ type: 'text', nullable: true })
  place: string | null;

  @Column({ type: 'int' })
  capacity: number;

  /** Shown at the venue; volunteers check in and out with it. Never returned to volunteers. */
  @Column({ name: 'check_in_code', type: 'text' })
  checkInCode: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** Pinyin of the title, kept by a trigger, for search (see the DailyWork migration). */
  @Column({ name: 'search_key', type: 'text', select: false, insert: false, update: false })
  searchKey?: string;
}
