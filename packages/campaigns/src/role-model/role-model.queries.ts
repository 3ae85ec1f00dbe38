import type { DataSource } from 'typeorm';
import { paginate, parseId, whereNameMatches, type PageArgs } from '@civic/subgraph-kit';
import { unitsInSubtree } from '@civic/org-tree';
import type { RoleModelFilter } from './dtos/role-model-filter.input';
import { RoleModelEntity } from './role-model.entity';
import { roleModelOrdering, type RoleModelOrder } from './role-model-order';

/** One keyset page of role models matching a filter, in recording order unless asked otherwise: two statements. */
export function listRoleModels(db: DataSource, filter: RoleModelFilter | null, orderBy: RoleModelOrder | null, page: PageArgs) {
  const query = db.getRepository(RoleModelEntity).createQueryBuilder('model');
  if (filter?.subtreeOf) {
    query.andWhere(`model.org_unit_id IN ${unitsInSubtree('subtreeOf')}`, { subtreeOf: parseId(filter.subtreeOf, 'org unit') });
  }
  const honour: string[] = [];
  if (filter?.honourTitle) {
    honour.push(`strpos(h.title, :honourTitle) > 0`);
    query.setParameter('honourTitle', filter.honourTitle.trim());
  }
  if (filter?.honourYear != null) {
    honour.push('h.year = :honourYear');
    query.setParameter('honourYear', filter.honourYear);
  }
  if (honour.length > 0) {
    query.andWhere(
      `EXISTS (SELECT 1 FROM campaigns.role_model_honour h WHERE h.role_model_id = model.id AND h.revoked_on IS NULL AND ${honour.join(' AND ')})`,
    );
  }
  whereNameMatches(query, 'campaigns', 'name', filter?.search);
  return paginate(query, roleModelOrdering(orderBy), page);
}
