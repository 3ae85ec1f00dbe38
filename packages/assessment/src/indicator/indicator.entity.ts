import { NUMERIC_TRANSFORMER } from '@civic/subgraph-kit';
import { Column, Entity, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import type { IndicatorKind } from './indicator-kind.enum';

/** An indicator of a scheme (考核指标): one kind of the catalogue, with the target that earns its full weight. */
@Entity({ name: 'indicator' })
export class IndicatorEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'scheme_id', type: 'int' })
  schemeId: number;

  @Column({ type: 'text' })
  kind: IndicatorKind;

  @Column({ type: 'numeric', precision: 12, scale: 4, transformer: NUMERIC_TRANSFORMER })
  target: number;

  @Column({ type: 'numeric', precision: 7, scale: 2, transformer: NUMERIC_TRANSFORMER })
  weight: number;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @VersionColumn({ default: 1 })
  version: number;

  @Column({ name: 'created_by', type: 'text' })
  createdBy: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
