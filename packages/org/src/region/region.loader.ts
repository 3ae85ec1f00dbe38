import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { groupLoader } from '@civic/subgraph-kit';
import { OrgUnitEntity } from '../org-unit/org-unit.entity';
import { RegionEntity } from './region.entity';

export function createRegionLoaders(db: DataSource) {
  const regions = db.getRepository(RegionEntity);
  return {
    regionByCode: new DataLoader<string, RegionEntity | null>(async (codes) => {
      const rows = await regions.findBy({ code: In([...codes]) });
      const byCode = new Map(rows.map((row) => [row.code, row]));
      return codes.map((code) => byCode.get(code) ?? null);
    }),
    regionChildren: groupLoader<string, RegionEntity>(
      (parentCodes) => regions.find({ where: { parentCode: In([...parentCodes]) }, order: { code: 'ASC' } }),
      (row) => row.parentCode as string,
    ),
    unitsByRegion: groupLoader<string, OrgUnitEntity>(
      (codes) => db.getRepository(OrgUnitEntity).find({ where: { regionCode: In([...codes]) }, order: { id: 'ASC' } }),
      (row) => row.regionCode as string,
    ),
  };
}
