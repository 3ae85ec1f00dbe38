import type { LoadResult } from './run-load';
import type { PageSizeStatements } from './page-size-statements';
import type { Scenario } from './scenarios';
import type { WriteCheck } from './write-checks';
import type { MemorySample } from './memory-sampler';

export interface ScenarioResult extends LoadResult {
  name: string;
  operation: string;
  target: Scenario['target'];
  subgraph: string | null;
  kind: Scenario['kind'];
  contract: boolean;
  scaleChecked: boolean;
  statementsPerOperation: { total: number; bySubgraph: Record<string, number> };
  peakRssMb: Record<string, number>;
  /** CPU time each process spent per completed operation (includes work for requests cut off at the end). */
  cpuMsPerOperation: Record<string, number>;
}

export interface TargetCheck {
  target: string;
  subject: string;
  value: string;
  met: boolean | null;
}

export interface MemoryTrend {
  process: string;
  firstMb: number;
  middleMb: number;
  lastMb: number;
  peakMb: number;
  /** Last third's mean over the middle third's. */
  lateGrowth: number;
  /** The lowest RSS of the middle and of the last third: where the process falls back to after its collections. */
  middleFloorMb: number;
  lastFloorMb: number;
  /** Last third's floor over the middle third's: about 1 when memory levels off, what a leak raises. */
  floorGrowth: number;
}

const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

/** The targets, checked against this run (and a county run, for cost growth). */
export function checkTargets(
  results: ScenarioResult[],
  pageSizes: PageSizeStatements[],
  writes: WriteCheck | null,
  memory: MemoryTrend[],
  county: { file: string; scenarios: ScenarioResult[] } | null,
): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const byName = new Map(results.map((r) => [r.name, r]));
  for (const op of new Set(pageSizes.filter((p) => p.pageSize !== null).map((p) => p.operation))) {
    const at = (size: number) => pageSizes.find((p) => p.operation === op && p.pageSize === size)?.statementsPerOperation ?? NaN;
    checks.push({
      target: 'statements do not grow with page size',
      subject: op,
      value: `${at(10)} at 10, ${at(100)} at 100`,
      met: at(100) <= at(10) + 1,
    });
  }
  if (county) {
    const countyByName = new Map(county.scenarios.map((r) => [r.name, r]));
    for (const r of results.filter((x) => (x.scaleChecked ?? x.contract) && x.target === 'gateway')) {
      const base = countyByName.get(r.name);
      if (!base || base.latencyMs.p95 === 0) continue;
      const ratio = r.latencyMs.p95 / base.latencyMs.p95;
      checks.push({
        target: 'p95 on this data ≤ 2× county p95',
        subject: r.name,
        value: `${r.latencyMs.p95} ms vs ${base.latencyMs.p95} ms (${round(ratio)}×)`,
        met: ratio <= 2,
      });
    }
  }
  for (const gateway of results.filter((r) => r.target === 'gateway' && r.subgraph)) {
    const direct = byName.get(gateway.name.replace(/ gateway$/, ` direct:${gateway.subgraph}`));
    if (!direct || direct.throughput === 0) continue;
    const ratio = gateway.throughput / direct.throughput;
    checks.push({
      target: 'gateway throughput ≥ 70% of direct',
      subject: gateway.operation,
      value: `${round(gateway.throughput, 0)} vs ${round(direct.throughput, 0)} req/s (${round(ratio * 100, 0)}%)`,
      met: ratio >= 0.7,
    });
  }
  for (const gateway of results.filter((r) => r.target === 'gateway')) {
    const peer = byName.get(gateway.name.replace(/ gateway$/, ' peer'));
    if (!peer) continue;
    checks.push({
      target: 'our gateway ≥ peer gateway',
      subject: gateway.operation,
      value: `${round(gateway.throughput, 0)} vs ${round(peer.throughput, 0)} req/s`,
      met: gateway.throughput >= peer.throughput,
    });
  }
  const recordService = byName.get('RecordService gateway');
  if (recordService)
    checks.push({
      target: 'recordService ≥ 500/s',
      subject: 'RecordService gateway',
      value: `${round(recordService.throughput, 0)} req/s, ${recordService.errors} errors`,
      met: recordService.throughput >= 500 && recordService.errors === 0,
    });
  if (writes)
    checks.push({
      target: 'exact totals after writes',
      subject: 'volunteers touched by RecordService',
      value: `${writes.totalsWrong} of ${writes.volunteersChecked} wrong; ${writes.recordsWritten} records written`,
      met: writes.totalsWrong === 0,
    });
  if (writes && (writes.redemptionsWritten > 0 || writes.pointsChecked > 0))
    checks.push({
      target: 'exact points and stock after writes',
      subject: 'volunteers touched by RecordService and RedeemGoods',
      value: `${writes.pointsWrong} of ${writes.pointsChecked} balances wrong, ${writes.stockWrong} stocks wrong; ${writes.redemptionsWritten} redemptions written`,
      met: writes.pointsWrong === 0 && writes.stockWrong === 0,
    });
  const ranking = byName.get('AssessmentRanking gateway');
  const dashboard = byName.get('OrgDashboard gateway');
  if (ranking && dashboard)
    checks.push({
      target: "a county's ranking within OrgDashboard's p95",
      subject: 'AssessmentRanking gateway',
      value: `${ranking.latencyMs.p95} ms vs OrgDashboard ${dashboard.latencyMs.p95} ms`,
      met: ranking.latencyMs.p95 <= dashboard.latencyMs.p95,
    });
  for (const m of memory) {
    checks.push({
      target: 'memory levels off',
      subject: m.process,
      value: `floor ${m.middleFloorMb} → ${m.lastFloorMb} MiB (${m.floorGrowth}×); mean ${m.firstMb} → ${m.middleMb} → ${m.lastMb} MiB (${m.lateGrowth}×); peak ${m.peakMb}`,
      met: m.floorGrowth <= 1.2,
    });
  }
  return checks;
}

/**
 * RSS of each process at the start, over the middle and the last third of the samples, and how the
 * last third compares. Judged by the floors: a garbage-collected heap saws up and down (the gateway on
 * the province data swung between 200 and 320 MiB every minute or two with no trend over ten
 * minutes), so a third's mean depends on where the saw stands when it ends, while what leaks raises
 * the lowest point the process comes back to.
 */
export function memoryTrends(samples: MemorySample[]): MemoryTrend[] {
  if (samples.length < 3) return [];
  const names = Object.keys(samples[0].rssMb);
  const third = Math.max(1, Math.floor(samples.length / 3));
  const middleThird = samples.slice(third, 2 * third);
  const lastThird = samples.slice(2 * third);
  const rss = (list: MemorySample[], name: string) => list.map((s) => s.rssMb[name] ?? 0);
  const mean = (list: MemorySample[], name: string) => rss(list, name).reduce((a, b) => a + b, 0) / Math.max(list.length, 1);
  const floor = (list: MemorySample[], name: string) => Math.min(...rss(list, name));
  const ratio = (later: number, earlier: number) => round(earlier === 0 ? 1 : later / earlier);
  return names.map((name) => {
    const [middle, last] = [mean(middleThird, name), mean(lastThird, name)];
    const [middleFloor, lastFloor] = [floor(middleThird, name), floor(lastThird, name)];
    return {
      process: name,
      firstMb: round(samples[0].rssMb[name], 1),
      middleMb: round(middle, 1),
      lastMb: round(last, 1),
      peakMb: round(Math.max(...rss(samples, name)), 1),
      lateGrowth: ratio(last, middle),
      middleFloorMb: round(middleFloor, 1),
      lastFloorMb: round(lastFloor, 1),
      floorGrowth: ratio(lastFloor, middleFloor),
    };
  });
}

export function formatTable(results: ScenarioResult[]): string {
  const header = ['scenario', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'errors', 'SQL/op', 'peak RSS MiB (gw/peer/subgraphs)'];
  const rows = results.map((r) => [
    r.name,
    round(r.throughput, 0).toString(),
    r.latencyMs.p50.toString(),
    r.latencyMs.p95.toString(),
    r.latencyMs.p99.toString(),
    r.errors.toString(),
    r.statementsPerOperation.total.toString(),
    [
      r.peakRssMb.gateway,
      r.peakRssMb['peer-gateway'],
      r.peakRssMb.org,
      r.peakRssMb.volunteers,
      r.peakRssMb.campaigns,
      r.peakRssMb.training,
      r.peakRssMb.workspace,
      r.peakRssMb.community,
      r.peakRssMb.assessment,
    ]
      .map((x) => (x === undefined ? '-' : Math.round(x)))
      .join('/'),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

export function formatTargets(checks: TargetCheck[]): string {
  return checks.map((c) => `${c.met === null ? '  ?' : c.met ? ' ok' : 'MISS'}  ${c.target}: ${c.subject}: ${c.value}`).join('\n');
}
