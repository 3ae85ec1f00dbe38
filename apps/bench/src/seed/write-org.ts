import type { Client } from 'pg';
import { CopyWriter } from './copy-writer';
import type { OrgPlan, PlannedUnit } from './plan-org';
import type { Progress } from './progress';
import { pick, randomInt, randomStream } from './random';
import { personName, VENUE_KIND_NAMES } from './names';
import { writeOrgMechanisms } from './write-org-mechanisms';

/**
 * Regions, org units (ids given, parents first), designations and venues, then the designation
 * applications and joint meetings (see write-org-mechanisms). The org tables keep
 * their triggers during the load: `org.set_unit_path` computes every path and depth from the
 * parent's row (COPY fires row triggers, and each row sees the rows copied before it), and
 * `org.check_region_code` checks every region code against its parent.
 */
export async function writeOrg(client: Client, plan: OrgPlan, seed: number, progress: Progress): Promise<void> {
  const random = randomStream(seed, 'org-rows');
  await progress.table('org.region', async () => {
    const writer = new CopyWriter(client, 'org.region', ['code', 'name', 'level', 'parent_code']);
    for (const r of plan.regions) await writer.write([r.code, r.name, r.level, r.parentCode]);
    return writer.end();
  });
  await progress.table('org.org_unit', async (tick) => {
    const writer = new CopyWriter(client, 'org.org_unit', [
      'id',
      'code',
      'name',
      'level',
      'parent_id',
      'path',
      'depth',
      'region_code',
      'established_on',
      'department',
      'address',
      'latitude',
      'longitude',
      'contact_name',
      'contact_title',
      'contact_phone',
    ]);
    for (const u of plan.units) {
      const located = u.level !== 'SUB_CENTER' && random() < 0.6;
      const contact = u.level !== 'POINT' && random() < 0.7;
      // path/depth are overwritten by the trigger; given here only because the columns are NOT NULL.
      await writer.write([
        u.id,
        u.code,
        u.name,
        u.level,
        u.parentId,
        '/',
        0,
        u.regionCode,
        u.establishedOn,
        u.department,
        located ? `${u.name}所在地` : null,
        located ? (25 + random() * 5).toFixed(6) : null,
        located ? (100 + random() * 8).toFixed(6) : null,
        contact ? personName(random) : null,
        contact ? (u.level === 'STATION' ? '站长' : u.level === 'INSTITUTE' ? '所长' : '主任') : null,
        contact ? phone(random) : null,
      ]);
      tick(writer.rows);
    }
    return writer.end();
  });
  await progress.table('org.designation', async () => {
    const writer = new CopyWriter(client, 'org.designation', ['org_unit_id', 'kind', 'title', 'granted_by', 'granted_on']);
    for (const u of plan.units) {
      if (u.level === 'STATION' && random() < 0.03)
        await writer.write([u.id, 'PILOT', '新时代文明实践试点', '县委宣传部', u.establishedOn]);
      if ((u.level === 'STATION' || u.level === 'INSTITUTE') && random() < 0.01)
        await writer.write([u.id, 'EXEMPLARY_MODEL', '新时代文明实践精品范例', '市委宣传部', '2022-06-30']);
      if (u.level === 'POINT' && random() < 0.3)
        await writer.write([u.id, 'CITY_PRACTICE_POINT', '市级新时代文明实践点', '市委宣传部', '2022-03-01']);
    }
    return writer.end();
  });
  await progress.table('org.venue', async () => {
    const writer = new CopyWriter(client, 'org.venue', ['org_unit_id', 'name', 'kind', 'address', 'opening_hours', 'capacity']);
    for (const u of plan.units)
      for (const kind of venueKinds(u, random)) {
        await writer.write([
          u.id,
          `${u.name.replace(/新时代文明实践.*$/, '')}${VENUE_KIND_NAMES[kind]}`,
          kind,
          null,
          random() < 0.5 ? '周一至周五 9:00-17:00' : null,
          randomInt(random, 20, 300),
        ]);
      }
    return writer.end();
  });
  await writeOrgMechanisms(client, plan, seed, progress);
}

function venueKinds(u: PlannedUnit, random: () => number): string[] {
  if (u.level === 'STATION') return random() < 0.6 ? ['PARTY_MASS_SERVICE_CENTER', 'FARMHOUSE_LIBRARY'] : ['PARTY_MASS_SERVICE_CENTER'];
  if (u.level === 'INSTITUTE')
    return ['CULTURAL_STATION', 'CONVENIENCE_SERVICE_CENTER', pick(random, ['NIGHT_SCHOOL', 'HISTORY_MUSEUM', 'LEGAL_CULTURE_SQUARE'])];
  if (u.level === 'POINT') return ['YOUTH_PALACE'];
  return [];
}

export function phone(random: () => number): string {
  return `1${3 + Math.floor(random() * 7)}${String(Math.floor(random() * 1e9)).padStart(9, '0')}`;
}
