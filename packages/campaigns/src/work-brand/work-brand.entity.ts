import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

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
}
