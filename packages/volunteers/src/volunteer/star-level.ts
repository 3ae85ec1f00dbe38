import { defineConfiguration, defineSetting, valueParser, z } from '@civic/runtime';
import { subgraphOwnSettings } from '@civic/subgraph-kit';

/** National default thresholds (cumulative approved hours) for one to five stars (星级志愿者). */
export const NATIONAL_STAR_THRESHOLDS: readonly number[] = [100, 300, 600, 1000, 1500];

const fiveIncreasingPositiveNumbers = z
  .string()
  .transform((raw) => raw.split(',').map((part) => part.trim()))
  .pipe(z.array(z.coerce.number<string>().positive()).length(5))
  .refine((values) => values.every((value, i) => i === 0 || value > values[i - 1]));

export const VOLUNTEER_STAR_THRESHOLDS = defineSetting({
  name: 'VOLUNTEER_STAR_THRESHOLDS',
  readBy: ['S (volunteers)'],
  meaning: 'approved hours for one to five stars (星级志愿者): five increasing positive numbers',
  parser: valueParser<readonly number[]>('must be five increasing positive numbers', fiveIncreasingPositiveNumbers),
  fallback: NATIONAL_STAR_THRESHOLDS,
});

let thresholdsInForce = NATIONAL_STAR_THRESHOLDS;

/** The volunteers subgraph's own setting: read and checked when it starts, in force from then on. */
export const starLevelSettings = subgraphOwnSettings(
  defineConfiguration({ starThresholds: VOLUNTEER_STAR_THRESHOLDS }),
  ({ starThresholds }) => {
    thresholdsInForce = starThresholds;
  },
);

/** The thresholds in force: VOLUNTEER_STAR_THRESHOLDS as read at start, or the national default. */
export function starThresholds(): readonly number[] {
  return thresholdsInForce;
}

export function starLevel(hours: number, thresholds: readonly number[] = starThresholds()): number {
  return thresholds.filter((threshold) => hours >= threshold).length;
}
