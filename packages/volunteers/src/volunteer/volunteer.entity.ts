import { Column, Entity, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { NUMERIC_TRANSFORMER } from '@civic/subgraph-kit';

/**
 * A registered volunteer (注册志愿者). Personal data: the phone is shown only to callers entitled to
 * it; the resident ID number is stored encrypted with a keyed hash and only ever returned masked.
 */
@Entity({ name: 'volunteer' })
export class VolunteerEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Column({ name: 'id_number_cipher', type: 'text', nullable: true })
  idNumberCipher: string | null;

  @Column({ name: 'id_number_hash', type: 'text', nullable: true })
  idNumberHash: string | null;

  @Column({ name: 'home_unit_id', type: 'int', nullable: true })
  homeUnitId: number | null;

  /** Issued at registration, e.g. ZYZ-2021-00000042 (志愿者编号). */
  @Column({ name: 'volunteer_number', type: 'text', nullable: true })
  volunteerNumber: string | null;

  /** Taken from the resident ID number. Personal data. */
  @Column({ name: 'birth_date', type: 'date', nullable: true })
  birthDate: string | null;

  @Column({ type: 'text', nullable: true })
  gender: 'MALE' | 'FEMALE' | null;

  @Column({ name: 'political_status', type: 'text', nullable: true })
  politicalStatus: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  skills: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  kinds: string[];

  /** When the volunteer consented to the processing of their personal data (PIPL). */
  @Column({ name: 'consent_at', type: 'timestamptz', nullable: true })
  consentAt: Date | null;

  @Column({ name: 'guardian_consent', type: 'boolean', default: false })
  guardianConsent: boolean;

  @Column({ name: 'registered_at', type: 'timestamptz' })
  registeredAt: Date;

  @Column({ name: 'total_service_hours', type: 'numeric', precision: 12, scale: 2, transformer: NUMERIC_TRANSFORMER })
  totalServiceHours: number;

  @VersionColumn()
  version: number;

  /** When the volunteer was deregistered (注销); null while registered. The row and its history stay. */
  @Column({ name: 'deregistered_at', type: 'timestamptz', nullable: true })
  deregisteredAt: Date | null;

  @Column({ name: 'deregistration_reason', type: 'text', nullable: true })
  deregistrationReason: string | null;

  /** Pinyin of the name, kept by a trigger, for search (see the DailyWork migration). */
  @Column({ name: 'search_key', type: 'text', select: false, insert: false, update: false })
  searchKey?: string;
}
