import { badUserInput } from '@civic/runtime';
import { OrgLevel } from '@civic/subgraph-kit';

/**
 * What may sit under what: a city center above county centers; sub-centers and institutes under a
 * center; stations under an institute; points under a center, institute or station.
 * `null` stands for "no parent" (a top-level center).
 */
const ALLOWED_PARENTS: Record<OrgLevel, readonly (OrgLevel | null)[]> = {
  [OrgLevel.CENTER]: [null, OrgLevel.CENTER],
  [OrgLevel.SUB_CENTER]: [OrgLevel.CENTER],
  [OrgLevel.INSTITUTE]: [OrgLevel.CENTER],
  [OrgLevel.STATION]: [OrgLevel.INSTITUTE],
  [OrgLevel.POINT]: [OrgLevel.CENTER, OrgLevel.INSTITUTE, OrgLevel.STATION],
};

export function assertMaySitUnder(level: OrgLevel, parentLevel: OrgLevel | null): void {
  if (ALLOWED_PARENTS[level].includes(parentLevel)) return;
  const allowed = ALLOWED_PARENTS[level].map((p) => p ?? 'no parent').join(', ');
  throw badUserInput(`a ${level} cannot sit ${parentLevel ? `under a ${parentLevel}` : 'at the top'}; allowed: ${allowed}`);
}
