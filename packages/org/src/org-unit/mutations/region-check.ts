import type { EntityManager } from 'typeorm';
import { badUserInput } from '@civic/runtime';
import { RegionEntity } from '../../region/region.entity';

export async function assertRegionExists(manager: EntityManager, code: string): Promise<void> {
  if (!(await manager.getRepository(RegionEntity).existsBy({ code }))) throw badUserInput(`region ${code} does not exist`);
}
