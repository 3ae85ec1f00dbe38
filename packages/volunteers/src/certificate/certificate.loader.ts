import { In, type DataSource } from 'typeorm';
import { groupLoader } from '@civic/subgraph-kit';
import { ServiceCertificateEntity } from './service-certificate.entity';

export function createCertificateLoaders(db: DataSource) {
  return {
    /** Each volunteer's certificates, newest first, for a whole list of volunteers in one statement. */
    certificatesByVolunteer: groupLoader<number, ServiceCertificateEntity>(
      (volunteerIds) =>
        db.getRepository(ServiceCertificateEntity).find({ where: { volunteerId: In([...volunteerIds]) }, order: { id: 'DESC' } }),
      (row) => row.volunteerId,
    ),
  };
}
