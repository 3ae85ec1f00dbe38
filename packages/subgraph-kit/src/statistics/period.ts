import { badUserInput } from '@civic/runtime';

/** A span of China calendar days, both ends included; either end may be open. */
export interface Period {
  from?: string | null;
  to?: string | null;
}

/** A period's bounds as instants: from 00:00 on `from` to 00:00 after `to`, China Standard Time. */
export interface PeriodBounds {
  start: Date | null;
  end: Date | null;
}

export const MAX_PERIOD_MONTHS = 240;

export function checkPeriod(period: Period | null | undefined): void {
  if (period?.from && period.to && period.to < period.from) {
    throw badUserInput(`to (${period.to}) must not be before from (${period.from})`, { argument: 'to' });
  }
}

export function periodBounds(period: Period | null | undefined): PeriodBounds {
  checkPeriod(period);
  return {
    start: period?.from ? chinaMidnight(period.from) : null,
    end: period?.to ? new Date(chinaMidnight(period.to).getTime() + 24 * 60 * 60 * 1000) : null,
  };
}

/**
 * SQL that is true when the instant `column` lies in the period (bound with `bind`); 'true' for an
 * open period. Written as a range on the column so its index serves it.
 */
export function instantInPeriod(column: string, period: Period | null | undefined, bind: (value: unknown) => string): string {
  const { start, end } = periodBounds(period);
  const conditions = [start ? `${column} >= ${bind(start)}` : null, end ? `${column} < ${bind(end)}` : null].filter(Boolean);
  return conditions.length > 0 ? conditions.join(' AND ') : 'true';
}

/** SQL that is true when the calendar day `column` (a date) lies in the period. */
export function dayInPeriod(column: string, period: Period | null | undefined, bind: (value: unknown) => string): string {
  checkPeriod(period);
  const conditions = [
    period?.from ? `${column} >= ${bind(period.from)}::date` : null,
    period?.to ? `${column} <= ${bind(period.to)}::date` : null,
  ].filter(Boolean);
  return conditions.length > 0 ? conditions.join(' AND ') : 'true';
}

/** The months (YYYY-MM) a closed period touches, in order; empty when an end is open. */
export function monthsOfPeriod(period: Period | null | undefined): string[] {
  checkPeriod(period);
  if (!period?.from || !period.to) return [];
  const months: string[] = [];
  let [year, month] = period.from.slice(0, 7).split('-').map(Number);
  const last = period.to.slice(0, 7);
  for (;;) {
    const current = `${year}-${String(month).padStart(2, '0')}`;
    months.push(current);
    if (current >= last) return months;
    if (months.length >= MAX_PERIOD_MONTHS) {
      throw badUserInput(`a period for figures by month spans at most ${MAX_PERIOD_MONTHS} months`, { argument: 'to' });
    }
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  }
}

/** 2021-03 → 2021年3月. */
export function monthLabel(month: string): string {
  const [year, number] = month.split('-');
  return `${year}年${Number(number)}月`;
}

/** SQL for the China month (YYYY-MM) of the instant `column`. */
export function chinaMonthOf(column: string): string {
  return `to_char(${column} AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM')`;
}

function chinaMidnight(day: string): Date {
  return new Date(`${day}T00:00:00+08:00`);
}
