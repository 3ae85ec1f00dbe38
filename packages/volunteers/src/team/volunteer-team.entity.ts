import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';

/** A volunteer service team (志愿服务队) at county, township or village level. */
@Entity({ name: 'volunteer_team' })
export class VolunteerTeamEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  level: 'COUNTY' | 'TOWNSHIP' | 'VILLAGE';

  /** One of the configured themes (volunteers.team_theme). */
  @Column({ type: 'text' })
  theme: string;

  @Column({ name: 'org_unit_id', type: 'int' })
  orgUnitId: number;

  @Column({ name: 'leader_volunteer_id', type: 'int', nullable: true })
  leaderVolunteerId: number | null;

  @Column({ name: 'brand_project_id', type: 'int', nullable: true })
  brandProjectId: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @VersionColumn()
  version: number;

  /** When the team was dissolved (解散); null while active. Its history stays. */
  @Column({ name: 'dissolved_at', type: 'timestamptz', nullable: true })
  dissolvedAt: Date | null;

  @Column({ name: 'dissolution_reason', type: 'text', nullable: true })
  dissolutionReason: string | null;

  /** Pinyin of the name, kept by a trigger, for search (see the DailyWork migration). */
  @Column({ name: 'search_key', type: 'text', select: false, insert: false, update: false })
  searchKey?: string;
}
