import { Column, Entity, PrimaryColumn } from 'typeorm';
import { RegionLevel } from './region-level.enum';

/** An administrative division with its official code (GB/T 2260; 12-digit statistical codes below county). */
@Entity({ name: 'region' })
export class RegionEntity {
  @PrimaryColumn({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  level: RegionLevel;

  @Column({ name: 'parent_code', type: 'text', nullable: true })
  parentCode: string | null;
}
