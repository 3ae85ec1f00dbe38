/** Day numbers since 2019-01-01 and their text forms, precomputed: formatting 10 million timestamps must be cheap. */
export const FIRST_DAY = Date.UTC(2019, 0, 1);
const DAY_MS = 86_400_000;
/** 2026-10-31: no synthetic record lies in the future. */
export const LAST_DAY = Math.round((Date.UTC(2026, 9, 31) - FIRST_DAY) / DAY_MS);
const DAY_TEXT = Array.from({ length: LAST_DAY + 400 }, (_, d) => new Date(FIRST_DAY + d * DAY_MS).toISOString().slice(0, 10));
const TWO = Array.from({ length: 60 }, (_, i) => String(i).padStart(2, '0'));

export function dayText(day: number): string {
  return DAY_TEXT[day];
}

/** A timestamptz literal in China Standard Time; minutes may exceed a day, they carry over. */
export function timestampText(day: number, minutes: number): string {
  const d = day + Math.floor(minutes / 1440);
  const m = minutes % 1440;
  return `${DAY_TEXT[d]} ${TWO[Math.floor(m / 60)]}:${TWO[m % 60]}:00+08`;
}

export function dayOf(isoDate: string): number {
  return Math.round((Date.parse(`${isoDate}T00:00:00Z`) - FIRST_DAY) / DAY_MS);
}

export function yearOf(day: number): number {
  return Number(DAY_TEXT[day].slice(0, 4));
}
