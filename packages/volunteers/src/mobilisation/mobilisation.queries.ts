import type { DataSource } from 'typeorm';
import { paginate, parseId, type PageArgs } from '@civic/subgraph-kit';
import { UNIT_TREE } from '@civic/org-tree';
import type { MobilisationFilter } from './mobilisation-filter.input';
import { MobilisationEntity } from './mobilisation.entity';
import { AREA_REACHES_UNIT } from './mobilisation.loader';
import { mobilisationOrdering, type MobilisationOrder } from './mobilisation-order';

/** Mobilisations matching a filter, in the order asked (latest first by default): one statement for the page, one for the total. */
export function listMobilisations(
  db: DataSource,
  filter: MobilisationFilter | null | undefined,
  orderBy: MobilisationOrder | null | undefined,
  page: PageArgs,
) {
  const query = db.getRepository(MobilisationEntity).createQueryBuilder('mobilisation');
  if (filter?.unitId) {
    query.andWhere(`EXISTS (SELECT 1 FROM ${UNIT_TREE} unit WHERE unit.id = :unit AND ${AREA_REACHES_UNIT})`, {
      unit: parseId(filter.unitId, 'org unit'),
    });
  }
  if (filter?.kind) query.andWhere('mobilisation.kind = :kind', { kind: filter.kind });
  if (filter?.activeOn) {
    query.andWhere('mobilisation.starts_on <= :day AND (mobilisation.ends_on IS NULL OR mobilisation.ends_on >= :day)', {
      day: filter.activeOn,
    });
  }
  if (filter?.from) query.andWhere('(mobilisation.ends_on IS NULL OR mobilisation.ends_on >= :from)', { from: filter.from });
  if (filter?.to) query.andWhere('mobilisation.starts_on <= :to', { to: filter.to });
  return paginate(query, mobilisationOrdering(orderBy), page);
}
