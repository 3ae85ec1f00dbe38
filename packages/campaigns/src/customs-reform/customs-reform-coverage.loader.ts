import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { subtreeStatistics } from '@civic/org-tree';
import { tryParseId } from '@civic/subgraph-kit';
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

/** Coverage counts the open stations of each subtree, and those of them with each measure adopted (by the key's day). */
const CUSTOMS_REFORM_COVERAGE = subtreeStatistics<CoverageKey, CoverageRow>({
  unitId: (key) => tryParseId(key.unitId) ?? 0,
  subtree: true,
  perKey: { as_of: { type: 'date', of: (key) => key.asOf } },
  unitColumns: ['level', 'closed_on'],
  aggregate: `SELECT s.ord, count(*) AS station_count,
       count(*) FILTER (WHERE r.id IS NOT NULL) AS village_rules,
       count(*) FILTER (WHERE c.id IS NOT NULL) AS councils,
       count(*) FILTER (WHERE r.id IS NOT NULL AND c.id IS NOT NULL) AS both
FROM covered s
LEFT JOIN campaigns.customs_reform_measure r
  ON r.org_unit_id = s.unit_id AND r.kind = 'VILLAGE_RULES' AND (s.as_of IS NULL OR r.adopted_on <= s.as_of)
LEFT JOIN campaigns.customs_reform_measure c
  ON c.org_unit_id = s.unit_id AND c.kind = 'RED_WHITE_COUNCIL' AND (s.as_of IS NULL OR c.adopted_on <= s.as_of)
WHERE s.level = 'STATION' AND s.closed_on IS NULL
GROUP BY s.ord`,
});

/** Customs-reform coverage of many subtrees in one statement; unknown units get zeros. */
export function customsReformCoverageLoader(db: DataSource): DataLoader<CoverageKey, CustomsReformCoverage, string> {
  return new DataLoader<CoverageKey, CustomsReformCoverage, string>(
    async (keys) => (await CUSTOMS_REFORM_COVERAGE.rowsOfEachKey(db, keys)).map(([row]) => toCoverage(row)),
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
