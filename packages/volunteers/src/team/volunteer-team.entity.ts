import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

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
}
