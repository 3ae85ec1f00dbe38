import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { pathWithin, tryParseId } from '@civic/subgraph-kit';
import { percent } from '../shared/percent';
import type { CustomsReformCoverage } from './customs-reform-coverage.type';

export interface CoverageKey {
  unitId: string;
  /** Count measures adopted on or before this day; null for all. */
  asOf: string | null;
}

interface CoverageRow {
  ord: string;
  station_count: string;
  village_rules: string;
  councils: string;
  both: string;
}

/** Customs-reform coverage of many subtrees in one statement over `org.unit_tree`; unknown units get zeros. */
export function customsReformCoverageLoader(db: DataSource): DataLoader<CoverageKey, CustomsReformCoverage, string> {
  return new DataLoader<CoverageKey, CustomsReformCoverage, string>(
    async (keys) => {
      const rows: CoverageRow[] = await db.query(
        `WITH asked AS (
           SELECT q.ord, q.as_of, t.path
           FROM unnest($1::int[], $2::date[]) WITH ORDINALITY AS q(unit_id, as_of, ord) JOIN org.unit_tree t ON t.id = q.unit_id
         ),
         stations AS (
           SELECT a.ord, a.as_of, u.id FROM asked a JOIN org.unit_tree u ON ${pathWithin('u.path', 'a.path')}
           WHERE u.level = 'STATION' AND u.closed_on IS NULL
         )
         SELECT s.ord, count(*) AS station_count,
                count(*) FILTER (WHERE r.id IS NOT NULL) AS village_rules,
                count(*) FILTER (WHERE c.id IS NOT NULL) AS councils,
                count(*) FILTER (WHERE r.id IS NOT NULL AND c.id IS NOT NULL) AS both
         FROM stations s
         LEFT JOIN campaigns.customs_reform_measure r
           ON r.org_unit_id = s.id AND r.kind = 'VILLAGE_RULES' AND (s.as_of IS NULL OR r.adopted_on <= s.as_of)
         LEFT JOIN campaigns.customs_reform_measure c
           ON c.org_unit_id = s.id AND c.kind = 'RED_WHITE_COUNCIL' AND (s.as_of IS NULL OR c.adopted_on <= s.as_of)
         GROUP BY s.ord`,
        [keys.map((k) => tryParseId(k.unitId) ?? 0), keys.map((k) => k.asOf)],
      );
      const byOrd = new Map(rows.map((row) => [Number(row.ord), row]));
      return keys.map((_, i) => toCoverage(byOrd.get(i + 1)));
    },
    { cacheKeyFn: (key) => `${key.unitId}:${key.asOf ?? '*'}` },
  );
}

function toCoverage(row: CoverageRow | undefined): CustomsReformCoverage {
  const stationCount = Number(row?.station_count ?? 0);
  const villageRulesCount = Number(row?.village_rules ?? 0);
  const redWhiteCouncilCount = Number(row?.councils ?? 0);
  return {
    stationCount,
    villageRulesCount,
    redWhiteCouncilCount,
    bothCount: Number(row?.both ?? 0),
    villageRulesPercent: percent(villageRulesCount, stationCount),
    redWhiteCouncilPercent: percent(redWhiteCouncilCount, stationCount),
  };
}
