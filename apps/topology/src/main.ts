import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { UNIT_TREE } from '@civic/org-tree';
import { Client } from 'pg';
import { startBalancer } from './balancer';
import { Load } from './load';
import { createNetwork, MACHINES, removeNetwork } from './network';
import { startPostgresPair, type PostgresPair } from './postgres-pair';
import { checkPrerequisites } from './prerequisites';
import { phaseFigures, printPhases, type Fault } from './report';
import { seedDemo, startGatewayOn, startRedis, startSubgraphs, waitHealthy, type Service } from './services';
import { verifyWrites } from './verify';

/**
 * `npm run topology:test`: the production topology on this machine, each part on a network namespace
 * of its own: HAProxy in front of two gateways and of two volunteers subgraph replicas, the other
 * subgraphs, a PostgreSQL primary with a streaming replica, Redis for the shared rate limit. Under a
 * steady load through HAProxy it kills one gateway, then one volunteers replica, then restarts the
 * primary; it prints what clients saw and checks that no acknowledged write was lost, and that
 * failed writes sent again with their idempotency keys leave every total exact. Needs root,
 * iproute2, Redis and the PostgreSQL packages (HAProxy it installs); removes everything it made,
 * also on failure.
 */
const PHASE_MS = 15000;
/** A phase counts as recovered when its last seconds saw no error. */
const QUIET_MS = 3000;
const CONCURRENCY = 8;

async function main(): Promise<number> {
  await checkPrerequisites((line) => console.log(line));
  const folder = mkdtempSync(join(tmpdir(), 'civic-topology-'));
  console.log(`logs in ${folder}`);
  const processes: Service[] = [];
  let databases: PostgresPair | undefined;
  let balancer: ReturnType<typeof startBalancer> | undefined;
  const cleanUp = async () => {
    balancer?.kill('SIGKILL');
    await Promise.all(processes.map((p) => p.kill()));
    await databases?.stop();
    await removeNetwork();
  };
  process.once('SIGINT', () => void cleanUp().then(() => process.exit(130)));
  try {
    await createNetwork();
    databases = await startPostgresPair('civic');
    console.log('PostgreSQL primary and streaming replica up; loading the demo data');
    await seedDemo(databases.primaryUrl);
    processes.push(startRedis(folder));
    const subgraphs = startSubgraphs(databases, folder);
    processes.push(...subgraphs.volunteers, ...subgraphs.others);
    await waitHealthy([...subgraphs.volunteers, ...subgraphs.others]);
    const gateways = [startGatewayOn(MACHINES.gateway1, 'gateway-1', folder), startGatewayOn(MACHINES.gateway2, 'gateway-2', folder)];
    processes.push(...gateways);
    await waitHealthy(gateways);
    balancer = startBalancer(folder);
    await new Promise((resolve) => setTimeout(resolve, 2000));
    console.log('two gateways behind HAProxy, two volunteers replicas, six other subgraphs, Redis: up');

    const runId = randomBytes(4).toString('hex');
    const load = new Load(await volunteerIds(databases.primaryUrl), runId);
    const hoursBefore = await load.countyHours();
    await load.start(CONCURRENCY);
    const faults: Fault[] = [];
    const inject = async (name: string, act: () => Promise<void>) => {
      await new Promise((resolve) => setTimeout(resolve, PHASE_MS));
      faults.push({ name, at: load.elapsed });
      console.log(`${(load.elapsed / 1000).toFixed(1)} s: ${name}`);
      await act();
    };
    await inject('gateway 1 killed', () => gateways[0].kill());
    await inject('volunteers replica 1 killed', () => subgraphs.volunteers[0].kill());
    await inject('primary restarted', () => databases!.restartPrimary());
    await new Promise((resolve) => setTimeout(resolve, PHASE_MS));
    const end = load.elapsed;
    await load.stop();

    const phases = phaseFigures(load.outcomes, faults, end, QUIET_MS);
    printPhases(phases);
    const failed = load.unanswered.length;
    const storedBeforeRetry = (await verifyWrites(databases.primaryUrl, [], `topology-${runId}-`)).stored;
    const retried = await load.retryUnanswered();
    const verdict = await verifyWrites(databases.primaryUrl, load.acknowledged, `topology-${runId}-`);
    // Queries read from the streaming replica: give it a moment to replay the last writes.
    const expectedHours = (load.writesSent * 6) / 60;
    const hoursAfter = await settled(
      () => load.countyHours(),
      (hours) => Math.abs(hours - hoursBefore - expectedHours) < 0.001,
    );
    const figuresExact =
      Math.abs(hoursAfter - hoursBefore - expectedHours) < 0.001 && Math.abs(verdict.storedHours - expectedHours) < 0.001;
    console.log(
      `\nwrites: ${load.writesSent} sent (6 minutes of service each), ${failed} failed for the client ` +
        `(${storedBeforeRetry - (load.writesSent - failed)} of those stored all the same); retried with their idempotency keys: ${retried} acknowledged`,
    );
    console.log(
      `after the retries: ${verdict.acknowledged} acknowledged, ${verdict.lost} of them lost, ${verdict.stored} stored, ` +
        `volunteer totals wrong: ${verdict.totalsWrong}`,
    );
    console.log(
      `Huidong's service hours through the API: ${hoursBefore.toFixed(1)} before, ${hoursAfter.toFixed(1)} after, ` +
        `${(hoursAfter - hoursBefore).toFixed(1)} more for ${expectedHours.toFixed(1)} hours sent (${figuresExact ? 'exact' : 'NOT EXACT'})`,
    );
    const failures = [
      ...phases.filter((p) => !p.recovered).map((p) => `"${p.phase}" did not recover`),
      ...(phases.some((p) => p.requests === 0) ? ['a phase carried no load'] : []),
      ...(verdict.lost > 0 ? [`${verdict.lost} acknowledged writes lost`] : []),
      ...(verdict.stored !== load.writesSent || load.unanswered.length > 0 ? ['not every write was stored exactly once'] : []),
      ...(verdict.totalsWrong > 0 ? [`${verdict.totalsWrong} volunteer totals wrong`] : []),
      ...(figuresExact ? [] : ["the county's hours through the API do not add up"]),
    ];
    console.log(failures.length === 0 ? '\ntopology test passed' : `\ntopology test FAILED: ${failures.join('; ')}`);
    return failures.length === 0 ? 0 : 1;
  } finally {
    await cleanUp();
  }
}

async function settled<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 10000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Volunteers of the Huidong county center, whose figures the load reads and whose hours it adds to. */
async function volunteerIds(primaryUrl: string): Promise<number[]> {
  const client = new Client({ connectionString: primaryUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: number }>(
      `SELECT v.id FROM volunteers.volunteer v JOIN ${UNIT_TREE} u ON u.id = v.home_unit_id
       JOIN ${UNIT_TREE} c ON c.code = '513426-ZX' AND starts_with(u.path, c.path)
       WHERE v.deregistered_at IS NULL ORDER BY v.id LIMIT 5000`,
    );
    return rows.map((r) => r.id);
  } finally {
    await client.end();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`topology test: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
