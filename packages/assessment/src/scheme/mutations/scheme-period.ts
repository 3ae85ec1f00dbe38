import { badUserInput } from '@civic/runtime';
import { readUnit, type Queryable } from '@civic/org-tree';
import { OWNER_LEVELS, type RankedLevel } from '../ranked-level.enum';

const MAX_YEARS = 5;

/** A period of at most five years, last day not before the first. */
export function checkSchemePeriod(from: string, to: string): void {
  if (to < from) throw badUserInput(`to (${to}) must not be before from (${from})`, { argument: 'input.to' });
  const [year, rest] = [Number(from.slice(0, 4)), from.slice(4)];
  if (to >= `${year + MAX_YEARS}${rest}`)
    throw badUserInput(`a scheme's period spans at most ${MAX_YEARS} years`, { argument: 'input.to' });
}

/** The owner stands above the tier it ranks (a county center ranks institutes, an institute its stations). */
export async function checkOwnerAboveLevel(db: Queryable, ownerUnitId: number, level: RankedLevel): Promise<void> {
  const owner = await readUnit(db, ownerUnitId, ['level']);
  if (owner && !OWNER_LEVELS[level].includes(owner.level)) {
    throw badUserInput(`a unit of level ${owner.level} cannot rank units of level ${level}: they are not below it`, {
      argument: 'input.rankedLevel',
    });
  }
}
