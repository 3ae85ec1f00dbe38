/** China Standard Time is UTC+8 all year (no daylight saving): a program's calendar days are days there. */
const CST_OFFSET_MS = 8 * 60 * 60 * 1000;

/** The calendar day (YYYY-MM-DD) an instant falls on in China. */
export function shanghaiDate(instant: Date): string {
  return new Date(instant.getTime() + CST_OFFSET_MS).toISOString().slice(0, 10);
}

export function shanghaiToday(): string {
  return shanghaiDate(new Date());
}
