import { In, type DataSource } from 'typeorm';
import { groupLoader, idLoader } from '@civic/subgraph-kit';
import { AssistanceEntity } from './assistance.entity';

export function createAssistanceLoaders(db: DataSource) {
  const assistances = db.getRepository(AssistanceEntity);
  return {
    assistanceById: idLoader((ids) => assistances.findBy({ id: In(ids) })),
    assistancesByVisit: groupLoader<number, AssistanceEntity>(
      (visitIds) => assistances.find({ where: { visitId: In([...visitIds]) }, order: { id: 'ASC' } }),
      (row) => row.visitId!,
    ),
    assistancesByServiceRequest: groupLoader<number, AssistanceEntity>(
      (requestIds) => assistances.find({ where: { serviceRequestId: In([...requestIds]) }, order: { id: 'ASC' } }),
      (row) => row.serviceRequestId!,
    ),
  };
}
