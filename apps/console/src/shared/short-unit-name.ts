const PRACTICE_SUFFIX = /新时代文明实践(?:分中心|中心|所|站|点)$/;

/**
 * A unit's name as a chart axis or a ranking shows it: 会东街道新时代文明实践所 → 会东街道. Names
 * without the usual suffix, or that would be left empty, stay whole.
 */
export function shortUnitName(name: string): string {
  const short = name.replace(PRACTICE_SUFFIX, '');
  return short === '' ? name : short;
}
