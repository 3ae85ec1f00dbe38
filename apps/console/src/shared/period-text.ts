/** A period as people read it: 2021-03-01 至 2021-12-31, 2021-03-01 起, 至 2021-12-31, or `open` for neither end. */
export function periodText(from: string | null | undefined, to: string | null | undefined, open = '长期'): string {
  if (from && to) return `${from} 至 ${to}`;
  if (from) return `${from} 起`;
  if (to) return `至 ${to}`;
  return open;
}
