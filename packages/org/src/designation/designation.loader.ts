import { In, type DataSource } from 'typeorm';
import { groupLoader } from '@civic/subgraph-kit';
import { DesignationEntity } from './designation.entity';

/** Every designation (active and revoked) of many units in one statement, oldest first. */
export function designationsByUnitLoader(db: DataSource) {
  const designations = db.getRepository(DesignationEntity);
  return groupLoader<number, DesignationEntity>(
    (unitIds) => designations.find({ where: { orgUnitId: In([...unitIds]) }, order: { grantedOn: 'ASC', id: 'ASC' } }),
    (row) => row.orgUnitId,
  );
}
