import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { Queryable } from '@civic/org-tree';
import type { IndicatorKind } from '../indicator/indicator-kind.enum';
import type { IndicatorEntity } from '../indicator/indicator.entity';
import type { SchemeEntity } from '../scheme/scheme.entity';
import { createLogger } from '@civic/runtime';
import { figuresMaxAgeMs } from './figures-max-age';
import { FiguresSnapshots, type FiguresSnapshot } from './figures-snapshots';
import { schemeFiguresStatement, type FiguresRow } from './figures.sql';
import { indicatorScore, indicatorValue, ranksOf, roundTo, totalScore } from './scoring';

/** A unit's score on one indicator of a scheme, with the figures behind it. */
export interface IndicatorScoreRow {
  scheme: SchemeEntity;
  indicator: IndicatorEntity;
  unitId: number;
  kind: IndicatorKind;
  target: number;
  weight: number;
  value: number | null;
  numerator: number;
  denominator: number;
  score: number;
}

/** A unit's place in a scheme's ranking. */
export interface UnitAssessmentRow {
  scheme: SchemeEntity;
  unitId: number;
  unitName: string;
  rank: number;
  totalScore: number;
  unit: { id: string; name: string };
  maxScore: number;
  indicators: IndicatorScoreRow[];
  /** When the figures behind the scores were read (see FiguresSnapshots). */
  figuresAsOf: Date;
}

const logger = createLogger('assessment');
/** One set of snapshots per database the process serves (tests run several). */
const snapshotsOf = new WeakMap<DataSource, FiguresSnapshots>();

function snapshots(db: DataSource): FiguresSnapshots {
  let found = snapshotsOf.get(db);
  if (!found) {
    found = new FiguresSnapshots(figuresMaxAgeMs, (err) =>
      logger.warn(
        { err: err instanceof Error ? err.message : String(err) },
        'refreshing ranking figures failed; the older ones stay in use',
      ),
    );
    snapshotsOf.set(db, found);
  }
  return found;
}

/**
 * The ranking of each scheme asked: figures from one statement per scheme scope (schemeFiguresStatement),
 * whatever the number of units, kept a while (FiguresSnapshots, ASSESSMENT_FIGURES_MAX_AGE_SECONDS);
 * scored with the scheme's indicators as they are now, which come through `indicatorsOfScheme`,
 * shared with the scheme's other fields. Units in rank order, ties by id.
 */
export function rankingLoader(
  db: DataSource,
  indicatorsOfScheme: DataLoader<number, IndicatorEntity[]>,
): DataLoader<SchemeEntity, UnitAssessmentRow[], number> {
  return new DataLoader<SchemeEntity, UnitAssessmentRow[], number>(
    (schemes) =>
      Promise.all(
        schemes.map(async (scheme) => {
          const indicators = await indicatorsOfScheme.load(scheme.id);
          const statement = figuresStatement(scheme, indicators);
          const scope = JSON.stringify(statement);
          const snapshot = await snapshots(db).read(scope, () => db.query<FiguresRow[]>(statement.sql, statement.params));
          return rankingOfSnapshot(scheme, indicators, snapshot);
        }),
      ),
    { cacheKeyFn: (scheme) => scheme.id },
  );
}

/** A scheme's ranking over its indicators, read now in one statement. */
export async function rankScheme(db: Queryable, scheme: SchemeEntity, indicators: IndicatorEntity[]): Promise<UnitAssessmentRow[]> {
  const statement = figuresStatement(scheme, indicators);
  const readAt = new Date();
  return rankingOf(scheme, indicators, (await db.query(statement.sql, statement.params)) as FiguresRow[], readAt);
}

/** The figures statement of a scheme's scope: the same for schemes of one owner, tier, period and kinds. */
function figuresStatement(scheme: SchemeEntity, indicators: IndicatorEntity[]) {
  const kinds = [...new Set(indicators.map((indicator) => indicator.kind))].sort();
  return schemeFiguresStatement(
    { ownerUnitId: scheme.ownerUnitId, rankedLevel: scheme.rankedLevel, from: scheme.periodFrom, to: scheme.periodTo },
    kinds,
  );
}

/**
 * Scored rankings of a snapshot, by what scoring reads of the scheme and its indicators: everyone
 * reading a ranking between two refreshes gets the same rows, so they are scored once. A changed
 * scheme or indicator (a weight, a target, a name) makes another key, so it still shows at once.
 */
const scoredRankings = new WeakMap<FiguresSnapshot, Map<string, UnitAssessmentRow[]>>();

function rankingOfSnapshot(scheme: SchemeEntity, indicators: IndicatorEntity[], snapshot: FiguresSnapshot): UnitAssessmentRow[] {
  // The whole scheme and indicators: the rows carry them, and their names and dates are shown too.
  const key = JSON.stringify([scheme, indicators]);
  let byInputs = scoredRankings.get(snapshot);
  if (!byInputs) scoredRankings.set(snapshot, (byInputs = new Map()));
  let ranking = byInputs.get(key);
  if (!ranking) {
    ranking = rankingOf(scheme, indicators, snapshot.rows, snapshot.computedAt);
    byInputs.set(key, ranking);
  }
  return ranking;
}

function rankingOf(scheme: SchemeEntity, indicators: IndicatorEntity[], rows: FiguresRow[], figuresAsOf: Date): UnitAssessmentRow[] {
  const units = new Map<number, { name: string; figures: Map<string, FiguresRow> }>();
  for (const row of rows) {
    const unit = units.get(row.unit_id) ?? { name: row.name, figures: new Map() };
    if (row.kind !== null) unit.figures.set(row.kind, row);
    units.set(row.unit_id, unit);
  }
  const scored = [...units].map(([unitId, unit]) => {
    const scores = indicators.map((indicator): IndicatorScoreRow => {
      const figures = unit.figures.get(indicator.kind);
      const numerator = Number(figures?.numerator ?? 0);
      const denominator = Number(figures?.denominator ?? 0);
      const value = indicatorValue({ numerator, denominator });
      return {
        scheme,
        indicator,
        unitId,
        kind: indicator.kind,
        target: indicator.target,
        weight: indicator.weight,
        value: value === null ? null : roundTo(value, 4),
        numerator,
        denominator,
        score: indicatorScore(value, indicator.target, indicator.weight),
      };
    });
    return { unitId, unitName: unit.name, indicators: scores, totalScore: totalScore(scores.map((s) => s.score)) };
  });
  const maxScore = roundTo(
    indicators.reduce((sum, indicator) => sum + indicator.weight, 0),
    2,
  );
  const ranks = ranksOf(scored.map((unit) => unit.totalScore));
  return scored
    .map((unit, i) => ({ ...unit, scheme, rank: ranks[i], maxScore, figuresAsOf, unit: { id: String(unit.unitId), name: unit.unitName } }))
    .sort((a, b) => a.rank - b.rank || a.unitId - b.unitId);
}
