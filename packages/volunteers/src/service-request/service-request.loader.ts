import { In, type DataSource } from 'typeorm';
import { groupLoader, idLoader } from '@civic/subgraph-kit';
import { ServiceRequestStepEntity } from './service-request-step.entity';
import { ServiceRequestEntity } from './service-request.entity';

export function createServiceRequestLoaders(db: DataSource) {
  return {
    serviceRequestById: idLoader((ids) => db.getRepository(ServiceRequestEntity).findBy({ id: In(ids) })),
    stepsByRequest: groupLoader<number, ServiceRequestStepEntity>(
      (requestIds) => db.getRepository(ServiceRequestStepEntity).find({ where: { requestId: In([...requestIds]) }, order: { id: 'ASC' } }),
      (row) => row.requestId,
    ),
  };
}
