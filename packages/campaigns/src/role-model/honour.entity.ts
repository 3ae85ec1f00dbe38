import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { HonourLevel } from './honour-level.enum';

/** An honour (荣誉称号) conferred on a role model; a revoked one stays, with its date, as history. */
@Entity({ name: 'role_model_honour' })
export class HonourEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'role_model_id', type: 'int' })
  roleModelId: number;

  @Column({ type: 'text' })
  title: string;

  @Column({ name: 'conferred_by', type: 'text', nullable: true })
  conferredBy: string | null;

  @Column({ type: 'int', nullable: true })
  year: number | null;

  @Column({ type: 'text' })
  level: HonourLevel;

  @Column({ name: 'revoked_on', type: 'date', nullable: true })
  revokedOn: string | null;

  @Column({ name: 'revoke_reason', type: 'text', nullable: true })
  revokeReason: string | null;
}
