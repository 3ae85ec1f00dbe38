/** Chinese names of the org levels (阵地层级), as county staff say them. */
export const LEVEL_LABELS: Record<string, string> = {
  CENTER: '实践中心',
  SUB_CENTER: '实践分中心',
  INSTITUTE: '实践所',
  STATION: '实践站',
  POINT: '实践点',
};

/** Beijing date (YYYY-MM-DD) of an instant the API answers with. */
export function chinaDate(instant: string | null | undefined): string {
  if (!instant) return '';
  return new Date(new Date(instant).getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/** Beijing date and time (YYYY-MM-DD HH:mm) of an instant. */
export function chinaDateTime(instant: string | null | undefined): string {
  if (!instant) return '';
  return new Date(new Date(instant).getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
}

/** A count with the thousands grouped as Chinese readers expect (12,345). */
export function formatCount(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : value.toLocaleString('zh-CN');
}
