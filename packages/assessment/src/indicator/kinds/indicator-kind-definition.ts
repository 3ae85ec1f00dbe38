import type { EvidenceSource } from '../../evidence/evidence-source.enum';
import type { IndicatorKind } from '../indicator-kind.enum';

/**
 * One kind of indicator: how its figures come out of the other domains' tables. Both SQL texts are
 * bodies of common table expressions in a statement that first defines the assessed scope (see
 * assessed-scope.sql.ts): `period`, `ranked`, `covered` and `stations`.
 */
export interface IndicatorKindDefinition {
  kind: IndicatorKind;
  /**
   * The rows behind the numerator, `(unit_id, source_id, day, label, amount, ref_id)`: `unit_id` the
   * assessed unit, `source_id` unique per unit, `day` a date, `amount` numeric; the numerator is the
   * sum of `amount`, so a drill-down lists exactly what was added up. `ref_id` is the id of the
   * entity the row points to in the supergraph (see `source`), or null.
   */
  facts: string;
  /** One row `(unit_id, denominator)` for every unit of `ranked`. */
  denominator: string;
  /**
   * Faster SQL for a ranking's figures: rows `(unit_id, numerator, denominator)` for every unit of
   * `ranked`, equal to summing `facts` and to `denominator`. `wholeMonthsOnly` where it reads monthly
   * roll-ups: then it applies only to periods of whole calendar months.
   */
  figures?: { sql: string; wholeMonthsOnly: boolean };
  /** What each row of `facts` is. */
  source: EvidenceSource;
  /** The unit of a row's amount, e.g. 场, 小时. */
  amountUnit: string;
  /** How the value is computed, for the explorer and the unit pages. */
  formula: string;
  /** The largest target that makes sense (a share reaches 1, a rating 5); null for none. */
  maxTarget: number | null;
}
