/** China Standard Time is UTC+8 all year (no daylight saving): the platform's calendar days are days there. */
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

/** The calendar day (YYYY-MM-DD) an instant falls on in China. */
export function chinaDate(instant: Date): string {
  return new Date(instant.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/** Today in China (YYYY-MM-DD): the day "not in the future" and "default today" rules compare with. */
export function chinaToday(): string {
  return chinaDate(new Date());
}
