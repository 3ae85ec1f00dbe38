import { badUserInput } from '@civic/runtime';
import { roundTo } from '../../ranking/scoring';
import type { IndicatorKind } from '../indicator-kind.enum';
import { INDICATOR_KINDS } from '../kinds';

const MAX_WEIGHT = 1000;

/** A target as stored (four decimals): more than 0 (a target of 0 would make every value full marks), and no more than the kind allows. */
export function checkedTarget(kind: IndicatorKind, target: number): number {
  const stored = roundTo(target, 4);
  if (!(stored > 0)) throw badUserInput(`target must be more than 0, got ${target}`, { argument: 'input.target' });
  const { maxTarget } = INDICATOR_KINDS[kind];
  if (maxTarget !== null && stored > maxTarget) {
    throw badUserInput(`a ${kind} target is at most ${maxTarget}, got ${target}`, { argument: 'input.target' });
  }
  return stored;
}

/** A weight as stored (two decimals): more than 0, at most 1000 points. */
export function checkedWeight(weight: number): number {
  const stored = roundTo(weight, 2);
  if (!(stored > 0) || stored > MAX_WEIGHT) {
    throw badUserInput(`weight must be more than 0 and at most ${MAX_WEIGHT}, got ${weight}`, { argument: 'input.weight' });
  }
  return stored;
}
