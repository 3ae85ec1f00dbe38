import { useSearchParams } from 'react-router';
import type { Period } from '../../shared/pickers/period-picker';

/**
 * The period (统计期间) a screen's figures count, kept in the URL (?from=&to=) so a link shows the
 * same figures; both ends optional, whole Beijing days.
 */
export function usePeriodParam(): [Period, (period: Period) => void] {
  const [params, setParams] = useSearchParams();
  const period: Period = { from: params.get('from') ?? undefined, to: params.get('to') ?? undefined };
  const setPeriod = (next: Period) =>
    setParams(
      (before) => {
        const after = new URLSearchParams(before);
        for (const key of ['from', 'to'] as const) {
          if (next[key]) after.set(key, next[key]);
          else after.delete(key);
        }
        return after;
      },
      { replace: true },
    );
  return [period, setPeriod];
}

/** The period as the API's Date arguments. */
export function periodVariables(period: Period): { from: string | null; to: string | null } {
  return { from: period.from ?? null, to: period.to ?? null };
}

/** The period as instants (DateTime arguments): from the first day's start to the end of the last, Beijing time. */
export function periodInstants(period: Period): { fromInstant: string | null; toInstant: string | null } {
  const dayAfter = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  return {
    fromInstant: period.from ? `${period.from}T00:00:00+08:00` : null,
    toInstant: period.to ? `${dayAfter(period.to)}T00:00:00+08:00` : null,
  };
}

/** The period in words, e.g. 2021-01-01 至 2021-06-30, or 累计 when open on both ends. */
export function periodLabel(period: Period): string {
  if (!period.from && !period.to) return '累计';
  return `${period.from ?? '不限'} 至 ${period.to ?? '今'}`;
}
