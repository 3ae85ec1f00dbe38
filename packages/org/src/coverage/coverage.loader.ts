import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { RegionLevel } from '../region/region-level.enum';
import type { CoverageReport, CoverageTier } from './coverage-report.type';

interface AreaRow {
  key_position: number;
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

/** A coverage report asked for: the unit, and the China calendar day it describes. */
export interface CoverageKey {
  unitId: number;
  asOf: string;
}

/**
 * Coverage reports for many units (and days) in one statement: the townships and villages whose
 * codes share the unit's region prefix, each marked covered when an institute (township) or
 * station (village) inside the unit's subtree serves it and existed on the day: unveiled on or
 * before it (or undated) and not closed on or before it. Units without a region, or with a village
 * region, get null.
 */
export function coverageLoader(db: DataSource): DataLoader<CoverageKey, CoverageReport | null, string> {
  return new DataLoader<CoverageKey, CoverageReport | null, string>(
    async (keys) => {
      const rows: AreaRow[] = await db.query(
        `WITH wanted AS (
           SELECT * FROM unnest($1::int[], $2::date[]) WITH ORDINALITY AS w(unit_id, as_of, position)
         ),
         asked AS (
           SELECT w.position, w.as_of, u.path, r.code, r.name, r.level, r.parent_code,
                  CASE r.level WHEN 'PROVINCE' THEN 2 WHEN 'PREFECTURE' THEN 4 WHEN 'COUNTY' THEN 6 ELSE 9 END AS prefix
           FROM wanted w JOIN org.org_unit u ON u.id = w.unit_id JOIN org.region r ON r.code = u.region_code
           WHERE r.level <> 'VILLAGE'
         )
         SELECT a.position::int AS key_position, a.code AS region_code, a.name AS region_name, a.level AS region_level,
                a.parent_code AS region_parent, g.code, g.name, g.level, g.parent_code,
                EXISTS (
                  SELECT 1 FROM org.org_unit s
                  WHERE s.region_code = g.code AND s.path LIKE a.path || '%'
                    AND (s.established_on IS NULL OR s.established_on <= a.as_of)
                    AND (s.closed_on IS NULL OR s.closed_on > a.as_of)
                    AND s.level = CASE g.level WHEN 'TOWNSHIP' THEN 'INSTITUTE' ELSE 'STATION' END
                ) AS covered
         FROM asked a
         LEFT JOIN org.region g ON g.code LIKE left(a.code, a.prefix) || '%' AND g.level IN ('TOWNSHIP', 'VILLAGE')
         ORDER BY a.position, g.code`,
        [keys.map((key) => key.unitId), keys.map((key) => key.asOf)],
      );
      const reports = reportsOf(rows);
      return keys.map((_, i) => reports.get(i + 1) ?? null);
    },
    { cacheKeyFn: (key) => `${key.unitId}@${key.asOf}` },
  );
}

/** The rows of the coverage statement as reports, by the position of the key they answer. */
function reportsOf(rows: AreaRow[]): Map<number, CoverageReport> {
  const reports = new Map<number, CoverageReport>();
  for (const row of rows) {
    let report = reports.get(row.key_position);
    if (!report) {
      const region = { code: row.region_code, name: row.region_name, level: row.region_level, parentCode: row.region_parent };
      report = { region, townships: emptyTier(), villages: emptyTier() };
      reports.set(row.key_position, report);
    }
    if (!row.code || !row.level) continue;
    const tier = row.level === 'TOWNSHIP' ? report.townships : report.villages;
    tier.total += 1;
    if (row.covered) tier.covered += 1;
    else tier.uncovered.push({ code: row.code, name: row.name!, level: row.level as RegionLevel, parentCode: row.parent_code });
  }
  for (const report of reports.values()) [report.townships, report.villages].forEach(finishTier);
  return reports;
}

function emptyTier(): CoverageTier {
  return { total: 0, covered: 0, percentCovered: null, uncovered: [] };
}

function finishTier(tier: CoverageTier): void {
  tier.percentCovered = tier.total === 0 ? null : Math.round((tier.covered / tier.total) * 10000) / 100;
}
