import type { RunningPlatform } from '../platform/launch-platform';
import { treeCpuSeconds } from '../platform/process-tree-memory';
import type { Progress } from '../seed/progress';
import type { BenchOptions } from './bench-options';
import type { MemorySampler } from './memory-sampler';
import type { ScenarioResult } from './report';
import { runLoad, summarizeLoad, type LoadSlice } from './run-load';
import type { Scenario } from './scenarios';
import { perOperation, statementCounts } from './statement-counter';

/** What one scenario's turns added up to, before it becomes a result. */
interface Tally {
  slices: LoadSlice[];
  statements: Record<string, number>;
  /** Operations the statement count is divided by: answered requests, plus those cut off at each turn's end. */
  operations: number;
  cpuSeconds: Record<string, number>;
  peakRssMb: Record<string, number>;
}

/** Consecutive scenarios of the same operation (straight to the subgraph, our gateway, the peer) form one group. */
export function groupByOperation(scenarios: Scenario[]): Scenario[][] {
  const groups: Scenario[][] = [];
  for (const scenario of scenarios) {
    const last = groups.at(-1);
    if (last && last[0].operation === scenario.operation) last.push(scenario);
    else groups.push([scenario]);
  }
  return groups;
}

/**
 * Measures a group in turns: `rounds` rounds, each giving every scenario `duration / rounds`
 * seconds, the order rotating from round to round. The figures compared within a group (our gateway
 * against the subgraph, against the peer) then come from the same minutes: this virtual machine's
 * speed drifted by up to 30% between runs a quarter of an hour apart, and by less, but still
 * visibly, between scenarios run one after the other. Each scenario is warmed up once first.
 */
export async function measureGroup(
  group: Scenario[],
  options: BenchOptions,
  platform: RunningPlatform,
  sampler: MemorySampler,
  progress: Progress,
): Promise<ScenarioResult[]> {
  const settleCapMs = options.quick ? 1000 : 5000;
  const rounds = group.length > 1 ? options.rounds : 1;
  for (const scenario of group) {
    if (options.warmup > 0) await settle(await runLoad(scenario.url, scenario.steps, options.warmup, options.concurrency), settleCapMs);
  }
  const tallies = new Map<Scenario, Tally>(
    group.map((s) => [s, { slices: [], statements: {}, operations: 0, cpuSeconds: {}, peakRssMb: {} }]),
  );
  for (let round = 0; round < rounds; round++) {
    for (const scenario of rotate(group, round)) {
      const tally = tallies.get(scenario)!;
      const before = await statementCounts(platform.metricsUrls);
      const cpuBefore = cpuSeconds(platform);
      const from = Date.now();
      const slice = await runLoad(scenario.url, scenario.steps, options.duration / rounds, options.concurrency);
      const to = Date.now();
      sampler.sample();
      // Requests cut off when the turn ends still finish on the server: wait for them, and count them.
      await settle(slice, settleCapMs);
      const after = await statementCounts(platform.metricsUrls);
      const cpuAfter = cpuSeconds(platform);
      tally.slices.push(slice);
      tally.operations += slice.latencies.length + (slice.latencies.length > 0 ? options.concurrency : 0);
      addInto(tally.statements, difference(after, before));
      addInto(tally.cpuSeconds, difference(cpuAfter, cpuBefore));
      for (const [name, mb] of Object.entries(sampler.peakBetween(from, to + 1)))
        tally.peakRssMb[name] = Math.max(tally.peakRssMb[name] ?? 0, mb);
    }
  }
  return group.map((scenario) => {
    const tally = tallies.get(scenario)!;
    const load = summarizeLoad(tally.slices);
    const result: ScenarioResult = {
      name: scenario.name,
      operation: scenario.operation,
      target: scenario.target,
      subgraph: scenario.subgraph,
      kind: scenario.kind,
      contract: scenario.contract,
      scaleChecked: scenario.scaleChecked,
      ...load,
      statementsPerOperation: perOperation({}, tally.statements, tally.operations),
      peakRssMb: tally.peakRssMb,
      cpuMsPerOperation: Object.fromEntries(
        Object.entries(tally.cpuSeconds).map(([name, seconds]) => [
          name,
          Math.round((seconds * 1000 * 100) / Math.max(load.requests, 1)) / 100,
        ]),
      ),
    };
    progress.note(
      `${scenario.name}: ${Math.round(load.throughput)} req/s, p50 ${load.latencyMs.p50} / p95 ${load.latencyMs.p95} / p99 ${load.latencyMs.p99} ms, ` +
        `${load.errors} errors, ${result.statementsPerOperation.total} SQL/op${load.errorSamples[0] ? `; e.g. ${load.errorSamples[0].slice(0, 200)}` : ''}`,
    );
    return result;
  });
}

/** The group starting at its `round`-th member, so no scenario always runs first. */
function rotate<T>(items: T[], round: number): T[] {
  const k = round % items.length;
  return [...items.slice(k), ...items.slice(0, k)];
}

/** CPU seconds used so far by each process of the platform (with its children). */
function cpuSeconds(platform: RunningPlatform): Record<string, number> {
  return Object.fromEntries(platform.processes.map((p) => [p.name, treeCpuSeconds(p.pid)]));
}

function difference(after: Record<string, number>, before: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.keys(after).map((name) => [name, after[name] - (before[name] ?? 0)]));
}

function addInto(total: Record<string, number>, more: Record<string, number>): void {
  for (const [name, value] of Object.entries(more)) total[name] = (total[name] ?? 0) + value;
}

/** Waits about as long as the slowest request took, so those still running on the server finish. */
export function settle(slice: LoadSlice, capMs: number): Promise<void> {
  const slowest = slice.latencies.reduce((max, ms) => (ms > max ? ms : max), 0);
  return new Promise((resolve) => setTimeout(resolve, Math.min(capMs, Math.max(100, slowest * 1.5))));
}
