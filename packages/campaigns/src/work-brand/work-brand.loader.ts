import type DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { groupLoader, idLoader } from '@civic/subgraph-kit';
import { WorkBrandEntity } from './work-brand.entity';

export function workBrandByIdLoader(db: DataSource) {
  const brands = db.getRepository(WorkBrandEntity);
  return idLoader((ids) => brands.findBy({ id: In(ids) }));
}

/** The work brands of many org units, in one statement. */
export function workBrandsByUnitLoader(db: DataSource): DataLoader<number, WorkBrandEntity[]> {
  const brands = db.getRepository(WorkBrandEntity);
  return groupLoader(
    (unitIds) => brands.find({ where: { orgUnitId: In([...unitIds]) }, order: { id: 'ASC' } }),
    (brand) => brand.orgUnitId,
  );
}
