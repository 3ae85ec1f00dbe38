import { defineConfiguration, defineSetting, nonNegativeInteger } from '@civic/runtime';
import { subgraphOwnSettings } from '@civic/subgraph-kit';

export const ASSESSMENT_FIGURES_MAX_AGE_SECONDS = defineSetting({
  name: 'ASSESSMENT_FIGURES_MAX_AGE_SECONDS',
  readBy: ['S (assessment)'],
  meaning:
    "how old a ranking's figures may be before they are recomputed in the background (考核数据更新间隔); weights and targets apply at once. 0: computed on every read",
  parser: nonNegativeInteger,
  fallback: 60,
});

let maxAgeSeconds = 60;

/** The assessment subgraph's own setting: read and checked when it starts, in force from then on. */
export const figuresMaxAgeSettings = subgraphOwnSettings(
  defineConfiguration({ figuresMaxAge: ASSESSMENT_FIGURES_MAX_AGE_SECONDS }),
  ({ figuresMaxAge }) => {
    maxAgeSeconds = figuresMaxAge;
  },
);

/** ASSESSMENT_FIGURES_MAX_AGE_SECONDS as read at start, in milliseconds. */
export function figuresMaxAgeMs(): number {
  return maxAgeSeconds * 1000;
}
