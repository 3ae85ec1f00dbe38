import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

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
}
