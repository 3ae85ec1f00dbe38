/** National default thresholds (cumulative approved hours) for one to five stars (星级志愿者). */
export const STAR_THRESHOLDS = [100, 300, 600, 1000, 1500] as const;

export function starLevel(hours: number, thresholds: readonly number[] = STAR_THRESHOLDS): number {
  return thresholds.filter((threshold) => hours >= threshold).length;
}
