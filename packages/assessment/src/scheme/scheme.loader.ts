import { In, type DataSource } from 'typeorm';
import { childPagesLoader, idLoader } from '@civic/subgraph-kit';
import { SchemeEntity } from './scheme.entity';
import { schemeOrdering } from './scheme-order.input';

export function createSchemeLoaders(db: DataSource) {
  const schemes = db.getRepository(SchemeEntity);
  return {
    schemeById: idLoader((ids) => schemes.findBy({ id: In(ids) })),
    /** Pages of the schemes many units own, in the asked order, in one statement per page shape. */
    schemesOfUnit: childPagesLoader<SchemeEntity>(db, {
      from: (units) => `assessment.scheme scheme WHERE scheme.owner_unit_id = ANY(${units})`,
      parentId: 'scheme.owner_unit_id',
      childId: 'scheme.id',
      sortKeys: schemeOrdering(null).keys,
      load: (ids) => schemes.findBy({ id: In(ids) }),
    }),
  };
}
