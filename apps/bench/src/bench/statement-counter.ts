/** Reads every subgraph's SQL statement counter (the kernel's QueryCounter, via the bench launcher). */
export async function statementCounts(metricsUrls: Record<string, string>): Promise<Record<string, number>> {
  const entries = await Promise.all(
    Object.entries(metricsUrls).map(async ([name, url]) => {
      const res = await fetch(url);
      const body = (await res.json()) as { statements: number };
      return [name, body.statements] as const;
    }),
  );
  return Object.fromEntries(entries);
}

export function perOperation(
  before: Record<string, number>,
  after: Record<string, number>,
  operations: number,
): { total: number; bySubgraph: Record<string, number> } {
  const bySubgraph: Record<string, number> = {};
  let total = 0;
  for (const name of Object.keys(after)) {
    const delta = (after[name] - (before[name] ?? 0)) / Math.max(operations, 1);
    total += delta;
    if (delta > 0) bySubgraph[name] = Math.round(delta * 100) / 100;
  }
  return { total: Math.round(total * 100) / 100, bySubgraph };
}
