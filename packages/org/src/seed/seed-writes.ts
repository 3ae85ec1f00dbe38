import type { EntityManager } from 'typeorm';
import type { DemoPlan, PlannedRegion, PlannedUnit } from './plan.types';

const REGION_ORDER = ['PROVINCE', 'PREFECTURE', 'COUNTY', 'TOWNSHIP', 'VILLAGE'];

/** Regions, parents first (the code check reads each parent). */
export async function insertRegions(manager: EntityManager, planned: PlannedRegion[]): Promise<void> {
  const regions = [...planned].sort((a, b) => REGION_ORDER.indexOf(a.level) - REGION_ORDER.indexOf(b.level));
  await manager.query(
    `INSERT INTO org.region (code, name, level, parent_code)
     SELECT code, name, level, parent_code
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) WITH ORDINALITY AS r(code, name, level, parent_code, ord)
     ORDER BY ord`,
    [regions.map((r) => r.code), regions.map((r) => r.name), regions.map((r) => r.level), regions.map((r) => r.parentCode)],
  );
}

/** Units depth by depth: the path trigger reads each parent, which must already be there (in the plan or the table). */
export async function insertPlannedUnits(manager: EntityManager, units: PlannedUnit[]): Promise<void> {
  for (const layer of byDepth(units)) if (layer) await insertUnits(manager, layer);
}

function byDepth(units: PlannedUnit[]): PlannedUnit[][] {
  const parentOf = new Map(units.map((u) => [u.code, u.parentCode]));
  const depthOf = (code: string): number => {
    const parent = parentOf.get(code);
    return parent ? 1 + depthOf(parent) : 0;
  };
  const layers: PlannedUnit[][] = [];
  for (const unit of units) (layers[depthOf(unit.code)] ??= []).push(unit);
  return layers;
}

async function insertUnits(manager: EntityManager, units: PlannedUnit[]): Promise<void> {
  const column = <K extends keyof PlannedUnit>(key: K) => units.map((u) => u[key] ?? null);
  await manager.query(
    `INSERT INTO org.org_unit (code, name, level, parent_id, region_code, established_on, department, address, latitude, longitude,
                               contact_name, contact_title, contact_phone)
     SELECT u.code, u.name, u.level, p.id, u.region_code, u.established_on, u.department, u.address, u.latitude, u.longitude,
            u.contact_name, u.contact_title, u.contact_phone
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::date[], $7::text[], $8::text[], $9::numeric[],
                 $10::numeric[], $11::text[], $12::text[], $13::text[])
          WITH ORDINALITY AS u(code, name, level, parent_code, region_code, established_on, department, address, latitude, longitude,
                               contact_name, contact_title, contact_phone, ord)
     LEFT JOIN org.org_unit p ON p.code = u.parent_code
     ORDER BY u.ord`,
    [
      column('code'),
      column('name'),
      column('level'),
      column('parentCode'),
      column('regionCode'),
      column('establishedOn'),
      column('department'),
      column('address'),
      column('latitude'),
      column('longitude'),
      column('contactName'),
      column('contactTitle'),
      column('contactPhone'),
    ],
  );
}

export async function insertDesignations(manager: EntityManager, units: PlannedUnit[]): Promise<void> {
  const rows = units.flatMap((u) => u.designations.map((d) => ({ ...d, unitCode: u.code })));
  await manager.query(
    `INSERT INTO org.designation (org_unit_id, kind, title, granted_by, granted_on)
     SELECT u.id, d.kind, d.title, d.granted_by, d.granted_on
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::date[]) AS d(unit_code, kind, title, granted_by, granted_on)
     JOIN org.org_unit u ON u.code = d.unit_code`,
    [
      rows.map((r) => r.unitCode),
      rows.map((r) => r.kind),
      rows.map((r) => r.title),
      rows.map((r) => r.grantedBy),
      rows.map((r) => r.grantedOn),
    ],
  );
}

export async function insertVenues(manager: EntityManager, plan: DemoPlan): Promise<void> {
  const v = plan.venues;
  await manager.query(
    `INSERT INTO org.venue (org_unit_id, name, kind, opening_hours, capacity)
     SELECT u.id, x.name, x.kind, x.opening_hours, x.capacity
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::int[]) WITH ORDINALITY AS x(unit_code, name, kind, opening_hours, capacity, ord)
     JOIN org.org_unit u ON u.code = x.unit_code ORDER BY x.ord`,
    [
      v.map((x) => x.unitCode),
      v.map((x) => x.name),
      v.map((x) => x.kind),
      v.map((x) => x.openingHours ?? null),
      v.map((x) => x.capacity ?? null),
    ],
  );
}
