import type { DataSource, EntityManager } from 'typeorm';
import { seedOnce } from '@civic/kernel';
import { OrgLevel } from '../org-unit/org-level.enum';
import { planHuidong, type PlannedUnit } from './huidong.plan';

const TIER_ORDER = [OrgLevel.CENTER, OrgLevel.SUB_CENTER, OrgLevel.POINT, OrgLevel.INSTITUTE, OrgLevel.STATION];

/** Loads the Huidong structure once. */
export function seedOrgDemo(db: DataSource): Promise<boolean> {
  return seedOnce(db, 'org', 'huidong-2021', async (manager) => {
    const { regions, units } = planHuidong();
    await manager.query(
      `INSERT INTO org.region (code, name, level, parent_code)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[])`,
      [regions.map((r) => r.code), regions.map((r) => r.name), regions.map((r) => r.level), regions.map((r) => r.parentCode)],
    );
    // Tier by tier: the path trigger reads each parent, which must already be there.
    for (const level of TIER_ORDER) await insertUnits(manager, units.filter((u) => u.level === level));
  });
}

async function insertUnits(manager: EntityManager, units: PlannedUnit[]): Promise<void> {
  await manager.query(
    `INSERT INTO org.org_unit (code, name, level, parent_id, region_code, is_pilot, established_on)
     SELECT u.code, u.name, u.level, p.id, u.region_code, u.is_pilot, u.established_on
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::boolean[], $7::date[])
          WITH ORDINALITY AS u(code, name, level, parent_code, region_code, is_pilot, established_on, ord)
     LEFT JOIN org.org_unit p ON p.code = u.parent_code
     ORDER BY u.ord`,
    [
      units.map((u) => u.code),
      units.map((u) => u.name),
      units.map((u) => u.level),
      units.map((u) => u.parentCode),
      units.map((u) => u.regionCode),
      units.map((u) => u.isPilot),
      units.map((u) => u.establishedOn),
    ],
  );
}
