import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { NUMERIC_TRANSFORMER } from '@civic/subgraph-kit';

/** An issued record certificate (志愿服务记录证明): a snapshot of the hours at the day of issue. */
@Entity({ name: 'service_certificate' })
export class ServiceCertificateEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'certificate_number', type: 'text' })
  certificateNumber: string;

  @Column({ name: 'volunteer_id', type: 'int' })
  volunteerId: number;

  @Column({ type: 'numeric', precision: 12, scale: 2, transformer: NUMERIC_TRANSFORMER })
  hours: number;

  @Column({ name: 'record_count', type: 'int' })
  recordCount: number;

  @Column({ name: 'content_summary', type: 'text' })
  contentSummary: string;

  @Column({ name: 'issuing_unit_id', type: 'int' })
  issuingUnitId: number;

  @Column({ name: 'issued_on', type: 'date' })
  issuedOn: string;

  @Column({ name: 'issued_by', type: 'text' })
  issuedBy: string;
}
