import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { subtreeStatistics } from '@civic/org-tree';
import { tryParseId } from '@civic/subgraph-kit';
import { percent } from '../shared/percent';
import type { CustomsReformCoverage } from './customs-reform-coverage.type';

export interface CoverageKey {
  unitId: string;
  /** Count measures in force on this day; null for today (China time). */
  asOf: string | null;
  /** Count only measures adopted on or after this day; null for any. */
  adoptedFrom: string | null;
}

interface CoverageRow {
  ord: string;
  station_count: string;
  village_rules: string;
  councils: string;
  both: string;
}

/** A measure of `kind` in force at station `s` on its key's day: adopted by then (and in the period), not yet revoked. */
const inForce = (kind: string) => `EXISTS (
  SELECT 1 FROM campaigns.customs_reform_measure m
  WHERE m.org_unit_id = s.unit_id AND m.kind = '${kind}'
    AND m.adopted_on <= s.day AND (m.revoked_on IS NULL OR m.revoked_on > s.day)
    AND (s.adopted_from IS NULL OR m.adopted_on >= s.adopted_from))`;

/** Coverage counts the open stations of each subtree, and those of them with each measure in force on the key's day. */
const CUSTOMS_REFORM_COVERAGE = subtreeStatistics<CoverageKey, CoverageRow>({
  unitId: (key) => tryParseId(key.unitId) ?? 0,
  subtree: true,
  perKey: {
    as_of: { type: 'date', of: (key) => key.asOf },
    adopted_from: { type: 'date', of: (key) => key.adoptedFrom },
  },
  unitColumns: ['level', 'closed_on'],
  with: {
    stations: `
  SELECT c.ord, c.unit_id, c.adopted_from, coalesce(c.as_of, (now() AT TIME ZONE 'Asia/Shanghai')::date) AS day
  FROM covered c WHERE c.level = 'STATION' AND c.closed_on IS NULL`,
    measured: `
  SELECT s.ord, ${inForce('VILLAGE_RULES')} AS has_rules, ${inForce('RED_WHITE_COUNCIL')} AS has_council FROM stations s`,
  },
  aggregate: `SELECT ord, count(*) AS station_count,
       count(*) FILTER (WHERE has_rules) AS village_rules,
       count(*) FILTER (WHERE has_council) AS councils,
       count(*) FILTER (WHERE has_rules AND has_council) AS both
FROM measured
GROUP BY ord`,
});

/** Customs-reform coverage of many subtrees in one statement; unknown units get zeros. */
export function customsReformCoverageLoader(db: DataSource): DataLoader<CoverageKey, CustomsReformCoverage, string> {
  return new DataLoader<CoverageKey, CustomsReformCoverage, string>(
    async (keys) => (await CUSTOMS_REFORM_COVERAGE.rowsOfEachKey(db, keys)).map(([row]) => toCoverage(row)),
    { cacheKeyFn: (key) => `${key.unitId}:${key.asOf ?? '*'}:${key.adoptedFrom ?? '*'}` },
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
