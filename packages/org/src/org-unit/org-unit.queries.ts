import type { DataSource } from 'typeorm';
import { paginate, parseId, type PageArgs, type SortKey } from '@civic/subgraph-kit';
import { unitsInSubtree } from '@civic/org-tree';
import type { OrgLevel } from './org-level.enum';
import { OrgUnitEntity } from './org-unit.entity';
import type { OrgUnitFilter } from './dtos/org-unit-filter.input';

const BY_ID: SortKey<OrgUnitEntity>[] = [{ expression: 'unit.id', value: (row) => row.id }];

/** Lists org units matching a filter, one keyset page at a time. */
export async function listOrgUnits(db: DataSource, filter: OrgUnitFilter | null | undefined, page: PageArgs) {
  const query = db.getRepository(OrgUnitEntity).createQueryBuilder('unit');
  if (filter?.level) query.andWhere('unit.level = :level', { level: filter.level });
  if (filter?.parentId) query.andWhere('unit.parent_id = :parentId', { parentId: parseId(filter.parentId, 'org unit') });
  if (filter?.ancestorId) {
    const ancestorId = parseId(filter.ancestorId, 'org unit');
    query.andWhere(`unit.id IN ${unitsInSubtree('ancestorId')} AND unit.id <> :ancestorId`, { ancestorId });
  }
  const search = filter?.search?.trim();
  if (search) query.andWhere(`unit.name LIKE :search`, { search: `%${escapeLike(search)}%` });
  return paginate(query, BY_ID, page);
}

/** Every unit below `unit` (optionally of one tier), one keyset page at a time. */
export async function listDescendants(
  db: DataSource,
  unit: Pick<OrgUnitEntity, 'id' | 'path'>,
  level: OrgLevel | null | undefined,
  page: PageArgs,
) {
  const query = db
    .getRepository(OrgUnitEntity)
    .createQueryBuilder('unit')
    .where(`unit.path LIKE :prefix`, { prefix: `${unit.path}%` })
    .andWhere('unit.id <> :id', { id: unit.id });
  if (level) query.andWhere('unit.level = :level', { level });
  return paginate(query, BY_ID, page);
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
