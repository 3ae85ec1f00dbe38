import type { DataSource } from 'typeorm';
import { seedOnce } from '@civic/subgraph-kit';
import { planChengduAndTongchuan } from './chengdu-tongchuan.plan';
import { planHuidong } from './huidong.plan';
import type { DemoPlan } from './plan.types';
import { seedReports2021 } from './seed-reports-2021';
import { insertDesignations, insertPlannedUnits, insertRegions, insertVenues } from './seed-writes';

/**
 * Loads the demo structure once: Huidong as reported, plus the Chengdu and Tongchuan units the
 * reports name; then, once too (so a database seeded before it gets it as well), the structure below
 * Tongchuan's and Qionglai's centers, the red sites, the designation applications and the joint meetings.
 */
export async function seedOrgDemo(db: DataSource): Promise<boolean> {
  const structure = await seedOnce(db, 'org', 'huidong-2021', async (manager) => {
    const huidong = planHuidong();
    const others = planChengduAndTongchuan();
    const plan: DemoPlan = {
      regions: [...huidong.regions, ...others.regions],
      units: [...huidong.units, ...others.units],
      venues: [...huidong.venues, ...others.venues],
    };
    await insertRegions(manager, plan.regions);
    await insertPlannedUnits(manager, plan.units);
    await insertDesignations(manager, plan.units);
    await insertVenues(manager, plan);
  });
  const reports2021 = await seedReports2021(db);
  return structure || reports2021;
}
