import type { AssessmentIndicatorKind, ConsoleAssessmentSchemeQuery } from '../../../gql/graphql';
import { shortUnitName } from '../../../shared/short-unit-name';

export type SchemeDetail = NonNullable<ConsoleAssessmentSchemeQuery['assessmentScheme']>;
export type SchemeIndicator = SchemeDetail['indicators'][number];
type UnitResult = SchemeDetail['ranking'][number];
export type IndicatorResult = UnitResult['indicators'][number];

/** An indicator as a column of the ranking: its Chinese name with its weight, e.g. 站均月均活动场次 (20分). */
export interface IndicatorColumn {
  indicatorId: string;
  kind: AssessmentIndicatorKind;
  /** The indicator's Chinese name. */
  label: string;
  weight: number;
  /** What the column header says. */
  title: string;
}

/** A ranked unit as a row of the ranking table. */
export interface RankingRow {
  unitId: string;
  rank: number;
  name: string;
  /** The name without 新时代文明实践所, as a chart's axis shows it. */
  shortName: string;
  totalScore: number;
  maxScore: number;
  /** Score per indicator id; an indicator the API left out counts 0. */
  scores: Record<string, number>;
  /** The API's figures per indicator id: value, numerator, denominator, score. */
  results: Record<string, IndicatorResult>;
}

/** 20 → 20, 12.5 → 12.5, 0.3333 → 0.33: points as people write them, without trailing zeros. */
export function formatPoints(points: number): string {
  return String(Math.round(points * 100) / 100);
}

/** The scheme's indicators as ranking columns, in the scheme's order. */
export function indicatorColumns(
  indicators: readonly Pick<SchemeIndicator, 'id' | 'kind' | 'weight'>[],
  kindLabels: readonly { value: string; label: string }[],
): IndicatorColumn[] {
  return indicators.map((indicator) => {
    const label = kindLabels.find((term) => term.value === indicator.kind)?.label ?? indicator.kind;
    return {
      indicatorId: indicator.id,
      kind: indicator.kind,
      label,
      weight: indicator.weight,
      title: `${label} (${formatPoints(indicator.weight)}分)`,
    };
  });
}

/** The ranking as table rows, best rank first (ties keep the API's order). */
export function rankingRows(ranking: readonly UnitResult[]): RankingRow[] {
  return [...ranking]
    .sort((a, b) => a.rank - b.rank)
    .map((result) => {
      const results = Object.fromEntries(result.indicators.map((score) => [score.indicator.id, score]));
      return {
        unitId: result.unit.id,
        rank: result.rank,
        name: result.unit.name,
        shortName: shortUnitName(result.unit.name),
        totalScore: result.totalScore,
        maxScore: result.maxScore,
        scores: Object.fromEntries(result.indicators.map((score) => [score.indicator.id, score.score])),
        results,
      };
    });
}
