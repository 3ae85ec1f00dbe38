import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { RegionLevel } from '../region/region-level.enum';
import type { CoverageReport, CoverageTier } from './coverage-report.type';

interface AreaRow {
  unit_id: number;
  region_code: string;
  region_name: string;
  region_level: RegionLevel;
  region_parent: string | null;
  code: string | null;
  name: string | null;
  level: 'TOWNSHIP' | 'VILLAGE' | null;
  parent_code: string | null;
  covered: boolean | null;
}

/**
 * Coverage reports for many units in one statement: the townships and villages whose codes share
 * the unit's region prefix, each marked covered when an open institute (township) or station
 * (village) inside the unit's subtree serves it. Units without a region, or with a village
 * region, get null.
 */
export function coverageLoader(db: DataSource): DataLoader<number, CoverageReport | null> {
  return new DataLoader(async (unitIds) => {
    const rows: AreaRow[] = await db.query(
      `WITH asked AS (
         SELECT u.id, u.path, r.code, r.name, r.level, r.parent_code,
                CASE r.level WHEN 'PROVINCE' THEN 2 WHEN 'PREFECTURE' THEN 4 WHEN 'COUNTY' THEN 6 ELSE 9 END AS prefix
         FROM org.org_unit u JOIN org.region r ON r.code = u.region_code
         WHERE u.id = ANY($1::int[]) AND r.level <> 'VILLAGE'
       )
       SELECT a.id AS unit_id, a.code AS region_code, a.name AS region_name, a.level AS region_level, a.parent_code AS region_parent,
              g.code, g.name, g.level, g.parent_code,
              EXISTS (
                SELECT 1 FROM org.org_unit s
                WHERE s.region_code = g.code AND s.closed_on IS NULL AND s.path LIKE a.path || '%'
                  AND s.level = CASE g.level WHEN 'TOWNSHIP' THEN 'INSTITUTE' ELSE 'STATION' END
              ) AS covered
       FROM asked a
       LEFT JOIN org.region g ON g.code LIKE left(a.code, a.prefix) || '%' AND g.level IN ('TOWNSHIP', 'VILLAGE')
       ORDER BY a.id, g.code`,
      [unitIds],
    );
    const reports = new Map<number, CoverageReport>();
    for (const row of rows) {
      let report = reports.get(row.unit_id);
      if (!report) {
        const region = { code: row.region_code, name: row.region_name, level: row.region_level, parentCode: row.region_parent };
        report = { region, townships: emptyTier(), villages: emptyTier() };
        reports.set(row.unit_id, report);
      }
      if (!row.code || !row.level) continue;
      const tier = row.level === 'TOWNSHIP' ? report.townships : report.villages;
      tier.total += 1;
      if (row.covered) tier.covered += 1;
      else tier.uncovered.push({ code: row.code, name: row.name!, level: row.level as RegionLevel, parentCode: row.parent_code });
    }
    for (const report of reports.values()) [report.townships, report.villages].forEach(finishTier);
    return unitIds.map((id) => reports.get(id) ?? null);
  });
}

function emptyTier(): CoverageTier {
  return { total: 0, covered: 0, percentCovered: null, uncovered: [] };
}

function finishTier(tier: CoverageTier): void {
  tier.percentCovered = tier.total === 0 ? null : Math.round((tier.covered / tier.total) * 10000) / 100;
}
