/** A unit's figures on one indicator, as the statement adds them up. */
export interface IndicatorFigures {
  numerator: number;
  denominator: number;
}

/** value = numerator ÷ denominator; null when there is nothing to divide by (no stations, no orders, no trainees…). */
export function indicatorValue({ numerator, denominator }: IndicatorFigures): number | null {
  return denominator > 0 ? numerator / denominator : null;
}

/**
 * Score = weight × min(value ÷ target, 1), two decimals: the full weight at or above target, a
 * proportional part below it, nothing when there is no value. Targets are never 0 (refused on input).
 */
export function indicatorScore(value: number | null, target: number, weight: number): number {
  if (value === null) return 0;
  return roundTo(weight * Math.min(value / target, 1), 2);
}

/** The total of scores already rounded, so the figures shown add up to it. */
export function totalScore(scores: number[]): number {
  return roundTo(
    scores.reduce((sum, score) => sum + score, 0),
    2,
  );
}

/** Competition ranks by total, highest first: ties share a rank and the next rank skips (1, 2, 2, 4). */
export function ranksOf(totals: number[]): number[] {
  const order = totals.map((_, i) => i).sort((a, b) => totals[b] - totals[a]);
  const ranks = new Array<number>(totals.length);
  order.forEach((index, position) => {
    const previous = order[position - 1];
    ranks[index] = position > 0 && totals[previous] === totals[index] ? ranks[previous] : position + 1;
  });
  return ranks;
}

export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
