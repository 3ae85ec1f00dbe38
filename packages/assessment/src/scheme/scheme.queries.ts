import type { DataSource } from 'typeorm';
import { paginate, parseId, type PageArgs } from '@civic/subgraph-kit';
import { SchemeEntity } from './scheme.entity';
import { schemeOrdering, type AssessmentSchemeOrder } from './scheme-order.input';

/** Schemes, of one owner unit when asked, in the asked order (latest period first by default). */
export function listSchemes(db: DataSource, ownerUnitId: string | null | undefined, orderBy: AssessmentSchemeOrder | null, page: PageArgs) {
  const query = db.getRepository(SchemeEntity).createQueryBuilder('scheme');
  if (ownerUnitId) query.andWhere('scheme.owner_unit_id = :owner', { owner: parseId(ownerUnitId, 'org unit') });
  return paginate(query, schemeOrdering(orderBy), page);
}
