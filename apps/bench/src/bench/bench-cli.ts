import 'reflect-metadata';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { ensureDatabase, type DatabaseHandle } from '@civic/dev-database';
import { launchPlatform, type RunningPlatform } from '../platform/launch-platform';
import { PROFILES } from '../seed/profiles';
import { Progress } from '../seed/progress';
import { benchSecrets } from './bench-secrets';
import { parseBenchOptions, USAGE, type BenchOptions } from './bench-options';
import { ensureScaleData } from './ensure-scale-data';
import { BenchIdentity } from './identity';
import { describeMachine } from './machine';
import { checkpoint } from './checkpoint';
import { MemorySampler } from './memory-sampler';
import { measurePageSizeStatements } from './page-size-statements';
import { checkTargets, formatTable, formatTargets, memoryTrends, type ScenarioResult } from './report';
import { groupByOperation, measureGroup } from './measure-scenarios';
import { runLoad, summarizeLoad } from './run-load';
import { loadSampleData } from './sample-data';
import { buildScenarios, type Scenario } from './scenarios';
import { VariableSource } from './variable-source';
import { checkWrites, type WriteCheck } from './write-checks';

const REPO_ROOT = resolve(__dirname, '..', '..', '..', '..');

/** `npm run bench`: data, platform, scenarios (those of one operation taking turns), targets, results file. */
async function main(): Promise<void> {
  const options = parseBenchOptions(process.argv.slice(2));
  if (!options) return void console.log(USAGE);
  const progress = new Progress((line) => process.stderr.write(`${line.replace('[seed:scale', '[bench')}\n`));
  const startedAt = new Date();
  const secrets = benchSecrets(REPO_ROOT);
  process.env.PII_ENCRYPTION_KEY = secrets.piiEncryptionKey;
  process.env.PII_HASH_KEY = secrets.piiHashKey;
  let database: DatabaseHandle | undefined;
  let platform: RunningPlatform | undefined;
  let sampler: MemorySampler | undefined;
  const interrupted = async () => {
    progress.note('interrupted: stopping the platform');
    await platform?.stop();
    await database?.stop();
    process.exit(130);
  };
  process.once('SIGINT', () => void interrupted());
  process.once('SIGTERM', () => void interrupted());
  try {
    database = await ensureDatabase((line) => progress.note(line));
    const data = await ensureScaleData(database.url, PROFILES[options.profile], options.seed, progress);
    const machine = await describeMachine(database.url, database.embedded);
    const sample = await loadSampleData(database.url);
    progress.note(`data: ${data.marker}; ${JSON.stringify(sample.counts)}`);
    platform = await launchPlatform({ repoRoot: REPO_ROOT, databaseUrl: database.url, secrets, peer: options.peer });
    progress.note(`platform up (production mode); logs in ${platform.logDir}`);
    sampler = new MemorySampler(platform.processes);

    const runId = `${startedAt.getTime().toString(36)}${randomBytes(2).toString('hex')}`;
    const identity = await BenchIdentity.create(secrets, `bench-${runId}`);
    const vars = new VariableSource(sample, runId);
    const pageSizes = await measurePageSizeStatements(REPO_ROOT, platform.gatewayUrl, platform.metricsUrls, identity, vars);
    for (const p of pageSizes)
      progress.note(
        `statements: ${p.operation} page ${p.pageSize ?? '-'}: ${p.statementsPerOperation}/op ${JSON.stringify(p.bySubgraph)}${p.errors ? ` (${p.errors} errors)` : ''}`,
      );

    const scenarios = buildScenarios(REPO_ROOT, platform, identity, vars).filter((s) => selected(s, options));
    const results: ScenarioResult[] = [];
    for (const group of groupByOperation(scenarios)) {
      if (!options.quick) await checkpoint(database.url);
      results.push(...(await measureGroup(group, options, platform, sampler, progress)));
    }

    let writes: WriteCheck | null = null;
    if (vars.touchedVolunteers.size > 0 || vars.redeemers.size > 0)
      writes = await checkWrites(database.url, [...vars.touchedVolunteers], [...vars.redeemers], identity.subject);
    const soakStarted = Date.now();
    if (options.soak > 0) await soak(scenarios, options, platform, progress);

    sampler.stop();
    // Under the soak's steady load a rising trend means growth; across scenarios it would mostly show which processes each one used.
    const memory = memoryTrends(options.soak > 0 ? sampler.samples.filter((s) => s.at >= soakStarted) : sampler.samples);
    const county = options.profile === 'county' ? null : loadCountyResults(options);
    const targets = checkTargets(results, pageSizes, writes, memory, county);
    const file = writeResults({
      startedAt,
      options,
      machine,
      data,
      sample: sample.counts,
      pageSizes,
      results,
      writes,
      memory,
      targets,
      county: county?.file ?? null,
    });
    console.log(`\n${formatTable(results)}\n\n${formatTargets(targets)}\n\nresults: ${file}`);
    // Speed is never judged here; a scenario without answers, more than 1% failing requests, or a wrong total is.
    const failed = results.filter((r) => r.requests === 0 || r.errors > r.requests * 0.01).map((r) => r.name);
    const wrongWrites = (writes?.totalsWrong ?? 0) + (writes?.pointsWrong ?? 0) + (writes?.stockWrong ?? 0);
    if (failed.length > 0 || wrongWrites > 0) {
      console.error(
        `bench: ${failed.length > 0 ? `errors or no answers in ${failed.join(', ')}` : ''}${wrongWrites ? ` ${wrongWrites} wrong totals, balances or stocks` : ''}`,
      );
      process.exitCode = 1;
    }
  } finally {
    sampler?.stop();
    await platform?.stop();
    await database?.stop();
  }
}

function selected(scenario: Scenario, options: BenchOptions): boolean {
  if (!options.scenarios) return true;
  return options.scenarios.some((s) => scenario.name.toLowerCase().includes(s));
}

/** Mixed contract reads through our gateway for `options.soak` seconds, in 30 s rounds, to watch memory. */
async function soak(scenarios: Scenario[], options: BenchOptions, platform: RunningPlatform, progress: Progress): Promise<void> {
  const reads = scenarios.filter((s) => s.contract && s.kind === 'read' && s.target === 'gateway');
  const steps = reads.flatMap((s) => s.steps);
  const rounds = Math.max(1, Math.round(options.soak / 30));
  for (let i = 0; i < rounds; i++) {
    const load = summarizeLoad([await runLoad(platform.gatewayUrl, steps, options.soak / rounds, options.concurrency)]);
    progress.note(`soak ${i + 1}/${rounds}: ${Math.round(load.throughput)} req/s, ${load.errors} errors`);
  }
}

/**
 * County results to compare with: the file given, or every full-length county run in bench/results,
 * newest first, each scenario from the newest run that measured it (a run of some scenarios only
 * does not hide the others).
 */
function loadCountyResults(options: BenchOptions): { file: string; scenarios: ScenarioResult[] } | null {
  const dir = join(REPO_ROOT, 'bench', 'results');
  if (options.compare) {
    const parsed = JSON.parse(readFileSync(options.compare, 'utf8')) as { scenarios: ScenarioResult[] };
    return { file: relative(REPO_ROOT, resolve(options.compare)), scenarios: parsed.scenarios };
  }
  if (!existsSync(dir)) return null;
  const runs = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .reverse()
    .map((f) => ({
      file: join(dir, f),
      ...(JSON.parse(readFileSync(join(dir, f), 'utf8')) as { options?: BenchOptions; scenarios: ScenarioResult[] }),
    }))
    .filter((run) => run.options?.profile === 'county' && !run.options.quick);
  if (runs.length === 0) return null;
  const byName = new Map<string, ScenarioResult>();
  for (const run of runs) for (const scenario of run.scenarios) if (!byName.has(scenario.name)) byName.set(scenario.name, scenario);
  return { file: runs.map((run) => relative(REPO_ROOT, run.file)).join(', '), scenarios: [...byName.values()] };
}

function writeResults(report: {
  startedAt: Date;
  options: BenchOptions;
  machine: Record<string, unknown>;
  data: unknown;
  sample: Record<string, number>;
  pageSizes: unknown;
  results: ScenarioResult[];
  writes: WriteCheck | null;
  memory: unknown;
  targets: unknown;
  county: string | null;
}): string {
  // Smoke runs stay out of the checked-in results: they go beside the embedded database (git-ignored).
  const dir = report.options.quick ? join(REPO_ROOT, '.data', 'bench', 'results') : join(REPO_ROOT, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${report.startedAt.toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(
    file,
    JSON.stringify(
      {
        startedAt: report.startedAt.toISOString(),
        finishedAt: new Date().toISOString(),
        options: report.options,
        machine: report.machine,
        data: { ...(report.data as object), counts: report.sample },
        statementsByPageSize: report.pageSizes,
        scenarios: report.results,
        writeCheck: report.writes,
        memory: report.memory,
        targets: report.targets,
        comparedWith: report.county,
      },
      null,
      2,
    ) + '\n',
  );
  return file;
}

main().catch((err: unknown) => {
  console.error(`bench: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
