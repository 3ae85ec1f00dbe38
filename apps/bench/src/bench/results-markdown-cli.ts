import { readFileSync } from 'node:fs';
import type { ScenarioResult, TargetCheck } from './report';

/**
 * Renders a results file as Markdown tables (for docs/performance.md):
 * node apps/bench/dist/bench/results-markdown-cli.js bench/results/<file>.json
 */
function main(): void {
  const file = process.argv[2];
  if (!file) throw new Error('usage: results-markdown-cli.js <results.json>');
  const report = JSON.parse(readFileSync(file, 'utf8')) as {
    options: { profile: string; duration: number; concurrency: number };
    scenarios: ScenarioResult[];
    targets: TargetCheck[];
    statementsByPageSize: {
      operation: string;
      pageSize: number | null;
      statementsPerOperation: number;
      bySubgraph: Record<string, number>;
    }[];
  };
  const lines = [
    `| scenario | req/s | p50 ms | p95 ms | p99 ms | errors | SQL/op | peak RSS MiB (gateway / peer / org / volunteers / campaigns / training / workspace / community / assessment) |`,
    `|---|--:|--:|--:|--:|--:|--:|---|`,
    ...report.scenarios.map((r) => {
      const rss = ['gateway', 'peer-gateway', 'org', 'volunteers', 'campaigns', 'training', 'workspace', 'community', 'assessment']
        .map((p) => (r.peakRssMb[p] === undefined ? '-' : Math.round(r.peakRssMb[p])))
        .join(' / ');
      return `| ${r.name} | ${Math.round(r.throughput)} | ${r.latencyMs.p50} | ${r.latencyMs.p95} | ${r.latencyMs.p99} | ${r.errors} | ${r.statementsPerOperation.total} | ${rss} |`;
    }),
    '',
    `| operation | page size | SQL statements per operation | by subgraph |`,
    `|---|--:|--:|---|`,
    ...report.statementsByPageSize.map(
      (p) =>
        `| ${p.operation} | ${p.pageSize ?? '-'} | ${p.statementsPerOperation} | ${Object.entries(p.bySubgraph)
          .map(([k, v]) => `${k} ${v}`)
          .join(', ')} |`,
    ),
    '',
    `| target | subject | measured | met |`,
    `|---|---|---|---|`,
    ...report.targets.map((t) => `| ${t.target} | ${t.subject} | ${t.value} | ${t.met === null ? '?' : t.met ? 'yes' : '**no**'} |`),
  ];
  console.log(lines.join('\n'));
}

main();
