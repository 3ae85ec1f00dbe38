import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One row of the append-only audit log `audit.entry`. */
@Entity({ schema: 'audit', name: 'entry' })
export class AuditEntryEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ type: 'timestamptz' })
  at: Date;

  @Column({ type: 'text' })
  actor: string;

  @Column({ type: 'text' })
  role: string;

  @Column({ name: 'actor_org_unit', type: 'text', nullable: true })
  actorOrgUnit: string | null;

  @Column({ type: 'text' })
  action: string;

  @Column({ name: 'entity_type', type: 'text' })
  entityType: string;

  @Column({ name: 'entity_ids', type: 'text', array: true })
  entityIds: string[];

  @Column({ type: 'text' })
  service: string;

  @Column({ name: 'request_id', type: 'text', nullable: true })
  requestId: string | null;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ type: 'jsonb', nullable: true })
  changes: Record<string, { from: unknown; to: unknown }> | null;
}
