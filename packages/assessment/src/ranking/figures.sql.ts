import { pathWithin, UNIT_TREE } from '@civic/org-tree';
import type { IndicatorKind } from '../indicator/indicator-kind.enum';
import { assessedScopeCtes, INDICATOR_KINDS, type IndicatorKindDefinition } from '../indicator/kinds';

/** What a scheme's figures are computed for. */
export interface FiguresScope {
  ownerUnitId: number;
  rankedLevel: string;
  from: string;
  to: string;
}

export interface FiguresRow {
  unit_id: number;
  name: string;
  kind: IndicatorKind | null;
  numerator: string | null;
  denominator: string | null;
}

/** Rows `(unit_id, numerator, denominator)` of one kind for every ranked unit: its own faster SQL where it has one and may use it. */
function figuresOfKind(definition: IndicatorKindDefinition, fast: boolean, wholeMonths: boolean): string {
  if (fast && definition.figures && (wholeMonths || !definition.figures.wholeMonthsOnly)) return definition.figures.sql;
  return `
      SELECT d.unit_id, coalesce(n.numerator, 0) AS numerator, d.denominator
      FROM (${definition.denominator}) d
      LEFT JOIN (SELECT unit_id, sum(amount) AS numerator FROM (${definition.facts}) facts GROUP BY unit_id) n ON n.unit_id = d.unit_id`;
}

/** The period `from`..`to` (ISO days) runs from the first day of a month to the last day of a month. */
export function isWholeMonths(from: string, to: string): boolean {
  const dayAfter = new Date(`${to}T00:00:00Z`);
  dayAfter.setUTCDate(dayAfter.getUTCDate() + 1);
  return from.endsWith('-01') && dayAfter.getUTCDate() === 1;
}

/**
 * One statement for a whole scheme, however many units it ranks: every unit of the ranked tier in
 * the owner's subtree (open at some time in the period), and for each indicator kind asked its
 * numerator and denominator. A unit comes back once per kind (once with a null kind when none is asked).
 * Each kind's faster figures SQL is used where it applies, unless `reference` asks for the plain
 * sums of facts and denominators (what the faster SQL is checked against).
 */
export function schemeFiguresStatement(
  scope: FiguresScope,
  kinds: readonly IndicatorKind[],
  { reference = false }: { reference?: boolean } = {},
): { sql: string; params: unknown[] } {
  const wholeMonths = isWholeMonths(scope.from, scope.to);
  const ranked = `
    SELECT u.id AS unit_id, u.path, u.name
    FROM ${UNIT_TREE} owner JOIN ${UNIT_TREE} u ON ${pathWithin('u.path', 'owner.path')}
    WHERE owner.id = $1 AND u.level = $2 AND (u.closed_on IS NULL OR u.closed_on >= $3::date)`;
  const perKind = kinds.map((kind, i) => `figures_${i} AS (${figuresOfKind(INDICATOR_KINDS[kind], !reference, wholeMonths)})`);
  const figures = kinds.map((kind, i) => `SELECT unit_id, '${kind}'::text AS kind, numerator, denominator FROM figures_${i}`);
  const none = 'SELECT NULL::int AS unit_id, NULL::text AS kind, NULL::numeric AS numerator, NULL::numeric AS denominator WHERE false';
  const sql = `
    WITH ${[...assessedScopeCtes('$3::date', '$4::date', ranked), ...perKind].join(',\n')}
    SELECT r.unit_id, r.name, f.kind, f.numerator, f.denominator
    FROM ranked r LEFT JOIN (${figures.length > 0 ? figures.join('\n    UNION ALL ') : none}) f ON f.unit_id = r.unit_id
    ORDER BY r.unit_id, f.kind`;
  return { sql, params: [scope.ownerUnitId, scope.rankedLevel, scope.from, scope.to] };
}
