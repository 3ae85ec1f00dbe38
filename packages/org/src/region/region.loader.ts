import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { RegionEntity } from './region.entity';

export function regionByCodeLoader(db: DataSource): DataLoader<string, RegionEntity | null> {
  return new DataLoader(async (codes) => {
    const rows = await db.getRepository(RegionEntity).findBy({ code: In([...codes]) });
    const byCode = new Map(rows.map((row) => [row.code, row]));
    return codes.map((code) => byCode.get(code) ?? null);
  });
}
