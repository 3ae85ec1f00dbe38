import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { paginate, parseId, whereNameMatches, type PageArgs, type OrgLevel } from '@civic/subgraph-kit';
import { unitsInSubtree } from '@civic/org-tree';
import { DesignationKind } from '../designation/designation-kind.enum';
import { OrgUnitEntity } from './org-unit.entity';
import { OrgUnitState } from './org-unit-state.enum';
import type { OrgUnitFilter } from './dtos/org-unit-filter.input';
import { orgUnitOrdering, type OrgUnitOrder } from './dtos/org-unit-order.input';

/** Lists org units matching a filter, one keyset page at a time, in the asked order. */
export async function listOrgUnits(db: DataSource, filter: OrgUnitFilter | null | undefined, orderBy: OrgUnitOrder | null, page: PageArgs) {
  const query = db.getRepository(OrgUnitEntity).createQueryBuilder('unit');
  if (filter?.level) query.andWhere('unit.level = :level', { level: filter.level });
  if (filter?.parentId) query.andWhere('unit.parent_id = :parentId', { parentId: parseId(filter.parentId, 'org unit') });
  if (filter?.ancestorId) {
    const ancestorId = parseId(filter.ancestorId, 'org unit');
    query.andWhere(`unit.id IN ${unitsInSubtree('ancestorId')} AND unit.id <> :ancestorId`, { ancestorId });
  }
  if (filter?.designation) query.andWhere(`unit.id IN ${holdersOf('designation')}`, { designation: filter.designation });
  if (filter?.isPilot !== null && filter?.isPilot !== undefined) {
    query.andWhere(`unit.id ${filter.isPilot ? 'IN' : 'NOT IN'} ${holdersOf('pilot')}`, { pilot: DesignationKind.PILOT });
  }
  if (filter?.regionCode?.trim()) whereServesRegion(query, filter.regionCode.trim());
  if (filter?.state === OrgUnitState.OPEN) query.andWhere('unit.closed_on IS NULL');
  if (filter?.state === OrgUnitState.CLOSED) query.andWhere('unit.closed_on IS NOT NULL');
  whereNameMatches(query, 'org', 'name', filter?.search);
  return paginate(query, orgUnitOrdering(orderBy), page);
}

/** Every unit below `unit` (optionally of one tier, or matching a name), one keyset page at a time, in the asked order. */
export async function listDescendants(
  db: DataSource,
  unit: Pick<OrgUnitEntity, 'id' | 'path'>,
  conditions: { level: OrgLevel | null | undefined; search: string | null | undefined },
  orderBy: OrgUnitOrder | null,
  page: PageArgs,
) {
  const query = db
    .getRepository(OrgUnitEntity)
    .createQueryBuilder('unit')
    .where(`unit.path LIKE :prefix`, { prefix: `${unit.path}%` })
    .andWhere('unit.id <> :id', { id: unit.id });
  if (conditions.level) query.andWhere('unit.level = :level', { level: conditions.level });
  whereNameMatches(query, 'org', 'name', conditions.search);
  return paginate(query, orgUnitOrdering(orderBy), page);
}

/** SQL for the ids of units holding, now, a designation of the kind bound as `:param`. */
function holdersOf(param: string): string {
  return `(SELECT d.org_unit_id FROM org.designation d WHERE d.kind = :${param} AND d.revoked_on IS NULL)`;
}

/**
 * Narrows to units serving a division or one inside it: official codes nest by prefix (a county's
 * 6 digits start its townships' and villages' 12), so "inside" is a prefix of the division's code.
 */
function whereServesRegion(query: SelectQueryBuilder<OrgUnitEntity>, regionCode: string): void {
  query.andWhere(
    `unit.region_code IN (
       SELECT inner_region.code FROM org.region asked, org.region inner_region
       WHERE asked.code = :regionCode
         AND inner_region.code LIKE left(asked.code, CASE asked.level WHEN 'PROVINCE' THEN 2 WHEN 'PREFECTURE' THEN 4
                                                     WHEN 'COUNTY' THEN 6 WHEN 'TOWNSHIP' THEN 9 ELSE 12 END) || '%')`,
    { regionCode },
  );
}
