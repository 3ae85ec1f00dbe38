import { Column, Entity, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';

/** A role model (先进典型) whom propaganda work selects and publicises, e.g. a village's first secretary. */
@Entity({ name: 'role_model' })
export class RoleModelEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'text' })
  name: string;

  /** The volunteers subgraph's record of the person, when they are a registered volunteer. */
  @Column({ name: 'volunteer_id', type: 'int', nullable: true })
  volunteerId: number | null;

  /** The org unit where they serve. */
  @Column({ name: 'org_unit_id', type: 'int' })
  orgUnitId: number;

  @Column({ type: 'text', nullable: true })
  position: string | null;

  @Column({ type: 'text', nullable: true })
  nickname: string | null;

  @Column({ type: 'text', nullable: true })
  achievements: string | null;

  @VersionColumn({ default: 1 })
  version: number;

  /** Full pinyin and initials of the name, kept by a trigger for name search. */
  @Column({ name: 'search_key', type: 'text', select: false, insert: false, update: false })
  searchKey?: string;
}
