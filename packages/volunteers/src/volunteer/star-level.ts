/** National default thresholds (cumulative approved hours) for one to five stars (星级志愿者). */
export const NATIONAL_STAR_THRESHOLDS = [100, 300, 600, 1000, 1500] as const;

/**
 * The thresholds in force: VOLUNTEER_STAR_THRESHOLDS="100,300,600,1000,1500" (five increasing
 * positive numbers) or the national default. A malformed setting stops the service at start-up.
 */
export function starThresholds(env: NodeJS.ProcessEnv = process.env): readonly number[] {
  const raw = env.VOLUNTEER_STAR_THRESHOLDS;
  if (!raw) return NATIONAL_STAR_THRESHOLDS;
  const values = raw.split(',').map((part) => Number(part.trim()));
  const increasing = values.every((v, i) => Number.isFinite(v) && v > 0 && (i === 0 || v > values[i - 1]));
  if (values.length !== 5 || !increasing) throw new Error(`VOLUNTEER_STAR_THRESHOLDS must be five increasing positive numbers, got "${raw}"`);
  return values;
}

export function starLevel(hours: number, thresholds: readonly number[] = starThresholds()): number {
  return thresholds.filter((threshold) => hours >= threshold).length;
}
