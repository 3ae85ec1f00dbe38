import { In, type DataSource } from 'typeorm';
import { groupLoader, idLoader } from '@civic/subgraph-kit';
import { DisputeCaseStepEntity } from './dispute-case-step.entity';
import { DisputeCaseEntity } from './dispute-case.entity';

export function createDisputeCaseLoaders(db: DataSource) {
  const cases = db.getRepository(DisputeCaseEntity);
  return {
    disputeCaseById: idLoader((ids) => cases.findBy({ id: In(ids) })),
    stepsOfDisputeCase: groupLoader<number, DisputeCaseStepEntity>(
      (caseIds) => db.getRepository(DisputeCaseStepEntity).find({ where: { caseId: In([...caseIds]) }, order: { id: 'ASC' } }),
      (row) => row.caseId,
    ),
    disputeCasesByVisit: groupLoader<number, DisputeCaseEntity>(
      (visitIds) => cases.find({ where: { visitId: In([...visitIds]) }, order: { id: 'ASC' } }),
      (row) => row.visitId!,
    ),
    disputeCasesByServiceRequest: groupLoader<number, DisputeCaseEntity>(
      (requestIds) => cases.find({ where: { serviceRequestId: In([...requestIds]) }, order: { id: 'ASC' } }),
      (row) => row.serviceRequestId!,
    ),
  };
}
