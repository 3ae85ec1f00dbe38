import { In, type DataSource } from 'typeorm';
import { groupLoader, idLoader } from '@civic/subgraph-kit';
import { IndicatorEntity } from './indicator.entity';

export function createIndicatorLoaders(db: DataSource) {
  const indicators = db.getRepository(IndicatorEntity);
  return {
    indicatorById: idLoader((ids) => indicators.findBy({ id: In(ids) })),
    /** The indicators of many schemes, in the order they were added, in one statement. */
    indicatorsOfScheme: groupLoader<number, IndicatorEntity>(
      (schemeIds) => indicators.find({ where: { schemeId: In([...schemeIds]) }, order: { id: 'ASC' } }),
      (row) => row.schemeId,
    ),
  };
}
