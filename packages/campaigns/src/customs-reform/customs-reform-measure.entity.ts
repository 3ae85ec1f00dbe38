import { Column, Entity, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import type { CustomsReformMeasureKind } from './customs-reform-measure-kind.enum';

/** A customs-reform measure a village or community adopted, with its date (移风易俗举措). */
@Entity({ name: 'customs_reform_measure' })
export class CustomsReformMeasureEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'org_unit_id', type: 'int' })
  orgUnitId: number;

  @Column({ type: 'text' })
  kind: CustomsReformMeasureKind;

  @Column({ name: 'adopted_on', type: 'date' })
  adoptedOn: string;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  /** The day it stopped counting (revoked that day); null while in force. */
  @Column({ name: 'revoked_on', type: 'date', nullable: true })
  revokedOn: string | null;

  @Column({ name: 'revoke_reason', type: 'text', nullable: true })
  revokeReason: string | null;

  @VersionColumn({ default: 1 })
  version: number;
}
