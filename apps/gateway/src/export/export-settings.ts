import { intFromEnv } from '@civic/kernel';

/** Rows one CSV export may hold unless GATEWAY_EXPORT_MAX_ROWS says otherwise. */
export const DEFAULT_EXPORT_MAX_ROWS = 10_000;

/** GATEWAY_EXPORT_MAX_ROWS, or the default; it bounds both the file and the gateway's memory. */
export function exportMaxRowsFromEnv(): number {
  const rows = intFromEnv('GATEWAY_EXPORT_MAX_ROWS', DEFAULT_EXPORT_MAX_ROWS);
  if (rows < 1) throw new Error(`GATEWAY_EXPORT_MAX_ROWS must be a positive integer, got ${rows}`);
  return rows;
}
