import { In, type DataSource } from 'typeorm';
import { groupLoader, idLoader } from '@civic/subgraph-kit';
import { VisitEntity } from './visit.entity';

export function createVisitLoaders(db: DataSource) {
  return {
    visitById: idLoader((ids) => db.getRepository(VisitEntity).findBy({ id: In(ids) })),
    /** The visits each service order came from (群众点单 taken down on a visit), earliest first. */
    visitsByServiceRequest: groupLoader<number, VisitEntity>(
      (requestIds) =>
        db.getRepository(VisitEntity).find({ where: { serviceRequestId: In([...requestIds]) }, order: { visitedOn: 'ASC', id: 'ASC' } }),
      (row) => row.serviceRequestId!,
    ),
  };
}
