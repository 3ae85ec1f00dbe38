/** part / whole × 100 with one decimal; null when there is nothing to measure against. */
export function percent(part: number, whole: number | null): number | null {
  return whole ? Math.round((part / whole) * 1000) / 10 : null;
}
