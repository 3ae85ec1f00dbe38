/**
 * Units below a center in the order county staff look for them: the townships' institutes first,
 * then stations, the departments' sub-centers, and practice points (schools); by id (the order they were set up) within a level.
 */
const LEVEL_ORDER = ['INSTITUTE', 'STATION', 'SUB_CENTER', 'POINT', 'CENTER'];

export function inLevelOrder<T extends { level: string; id: string }>(units: readonly T[]): T[] {
  return [...units].sort((a, b) => LEVEL_ORDER.indexOf(a.level) - LEVEL_ORDER.indexOf(b.level) || Number(a.id) - Number(b.id));
}
