import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { groupLoader, idLoader } from '@civic/subgraph-kit';
import { OrgUnitEntity } from './org-unit.entity';

export function createOrgUnitLoaders(db: DataSource) {
  const units = db.getRepository(OrgUnitEntity);
  return {
    orgUnitById: idLoader((ids) => units.findBy({ id: In(ids) })),
    orgUnitByCode: new DataLoader<string, OrgUnitEntity | null>(async (codes) => {
      const rows = await units.findBy({ code: In([...codes]) });
      const byCode = new Map(rows.map((row) => [row.code, row]));
      return codes.map((code) => byCode.get(code) ?? null);
    }),
    childrenByParentId: groupLoader<number, OrgUnitEntity>(
      (parentIds) => units.find({ where: { parentId: In([...parentIds]) }, order: { id: 'ASC' } }),
      (row) => row.parentId as number,
    ),
  };
}
