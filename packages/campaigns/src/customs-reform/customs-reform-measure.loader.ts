import type DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { groupLoader } from '@civic/subgraph-kit';
import { CustomsReformMeasureEntity } from './customs-reform-measure.entity';

/** The customs-reform measures of many org units, revoked ones too, in one statement. */
export function measuresByUnitLoader(db: DataSource): DataLoader<number, CustomsReformMeasureEntity[]> {
  const measures = db.getRepository(CustomsReformMeasureEntity);
  return groupLoader(
    (unitIds) =>
      measures.find({ where: { orgUnitId: In([...unitIds]) }, order: { orgUnitId: 'ASC', kind: 'ASC', adoptedOn: 'ASC', id: 'ASC' } }),
    (measure) => measure.orgUnitId,
  );
}
