import { pathWithin, UNIT_TREE } from '@civic/org-tree';

const CHINA = `'Asia/Shanghai'`;

/**
 * The common table expressions every indicator kind reads, for the period of China days `from`..`to`
 * (SQL date expressions) and the assessed units `ranked` (an SQL SELECT of `unit_id, path, name`):
 * - `period (first_day, last_day, starts_at, ends_at, months)`: the days, the instants from 00:00 on
 *   the first day to 00:00 after the last (China time), and how many calendar months the period touches;
 * - `ranked (unit_id, path, name)`: the assessed units, whose subtrees never overlap (one tier);
 * - `covered (unit_id, covered_id)`: every unit at or below each assessed unit;
 * - `stations (unit_id, station_id, path, name)`: the stations at or below each assessed unit that
 *   were open at some time in the period.
 */
export function assessedScopeCtes(from: string, to: string, ranked: string): string[] {
  return [
    `period AS (
      SELECT ${from} AS first_day, ${to} AS last_day,
             (${from})::timestamp AT TIME ZONE ${CHINA} AS starts_at,
             ((${to}) + 1)::timestamp AT TIME ZONE ${CHINA} AS ends_at,
             ((extract(year FROM ${to}) - extract(year FROM ${from})) * 12 + extract(month FROM ${to}) - extract(month FROM ${from}) + 1)::int AS months
    )`,
    `ranked AS (${ranked})`,
    `covered AS (
      SELECT r.unit_id, u.id AS covered_id FROM ranked r JOIN ${UNIT_TREE} u ON ${pathWithin('u.path', 'r.path')}
    )`,
    `stations AS (
      SELECT r.unit_id, s.id AS station_id, s.path, s.name
      FROM ranked r CROSS JOIN period p
      JOIN ${UNIT_TREE} s ON ${pathWithin('s.path', 'r.path')} AND s.level = 'STATION' AND (s.closed_on IS NULL OR s.closed_on >= p.first_day)
    )`,
  ];
}

/** SQL for the China day of the instant `column`. */
export const chinaDay = (column: string) => `(${column} AT TIME ZONE ${CHINA})::date`;

/** SQL: the instant `column` lies in the period (`period p`). */
export const instantInPeriod = (column: string) => `${column} >= p.starts_at AND ${column} < p.ends_at`;

/** SQL rows `(unit_id, denominator)`: `count` over `joined` (joined to `ranked r` and `period p`) for every assessed unit, zero included. */
export function perRankedUnit(count: string, joined: string): string {
  return `SELECT r.unit_id, ${count} AS denominator FROM ranked r CROSS JOIN period p ${joined} GROUP BY r.unit_id, p.months`;
}
