import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { testRunConfiguration } from '@civic/testing';
import { postGraphQL } from '@civic/testing';
import type { RunningGateway } from '../src';
import { fuzzCase, type FuzzCase } from './support/fuzz-cases';
import { seededRandom } from './support/prng';
import { startTestPlatform, type TestPlatform } from './support/platform';
import { DIRECTORY } from './support/queries';

const { fuzzSeed: SEED, fuzzCases: CASES } = testRunConfiguration.load();
const CONCURRENCY = 8;
/** Caches the gateway keeps on purpose (query plans, APQ) are LRUs of about 30 MiB each. */
const MAX_HEAP_GROWTH_MB = 128;
/** Replaying the same requests must not grow the heap further: that would be a leak per request. */
const MAX_REPLAY_GROWTH_MB = 16;

let platform: TestPlatform;
/** Cases alternate between a gateway with the single-fetch shortcut and one sending everything through Apollo's executor. */
let gateways: RunningGateway[];

beforeAll(async () => {
  platform = await startTestPlatform();
  gateways = [platform.gateway, await platform.startGateway({ forwardSingleFetches: false })];
}, 180000);
afterAll(async () => {
  await gateways?.[1]?.stop();
  await platform?.stop();
});

/** global.gc without --expose-gc: the flag can be set at run time and gc taken from a fresh context. */
function collectGarbage(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

async function heapAfterGc(gc: () => void): Promise<number> {
  for (let i = 0; i < 3; i += 1) {
    gc();
    await new Promise((resolve) => setImmediate(resolve));
  }
  return process.memoryUsage().heapUsed;
}

interface Answer {
  status: number;
  /** Errors in the answer without a code a client can act on (none, or INTERNAL_SERVER_ERROR). */
  uncoded: string[];
}

async function sendCase(url: string, c: FuzzCase): Promise<Answer> {
  try {
    const res = await fetch(`${url}${c.search ?? ''}`, { method: c.method, headers: c.headers, body: c.body });
    return { status: res.status, uncoded: uncodedErrors(await res.text()) };
  } catch (err) {
    // The gateway closing the connection on an oversized upload is an answer too (after its 413).
    if (c.kind === 'oversized body') return { status: 413, uncoded: [] };
    throw new Error(`${c.kind}: ${err instanceof Error ? err.message : String(err)}`);
  }
}

function uncodedErrors(text: string): string[] {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return [];
  }
  const results = (Array.isArray(body) ? body : [body]) as { errors?: { message?: string; extensions?: { code?: unknown } }[] }[];
  return results
    .flatMap((result) => (Array.isArray(result?.errors) ? result.errors : []))
    .filter((error) => typeof error.extensions?.code !== 'string' || error.extensions.code === 'INTERNAL_SERVER_ERROR')
    .map((error) => `${String(error.extensions?.code)} ${String(error.message)}`);
}

async function fire(cases: FuzzCase[], statuses: Map<number, number>, failures: Set<string>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < cases.length) {
      const index = next++;
      const c = cases[index];
      const gateway = gateways[index % gateways.length];
      const { status, uncoded } = await sendCase(gateway.url, c);
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
      if (status >= 500 || uncoded.length > 0) {
        const path = gateway === platform.gateway ? 'forwarding' : 'Apollo only';
        failures.add(`${status} ${c.kind} (${path}) ${uncoded.join('; ')}: ${String(c.body ?? c.search).slice(0, 300)}`);
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
}

describe(`fuzzing the gateway (seed ${SEED}, ${CASES} requests, then the same again)`, () => {
  it('never answers 5xx nor an uncoded error, stays up and keeps its memory bounded', async () => {
    const started = Date.now();
    const gc = collectGarbage();
    const random = seededRandom(SEED);
    const cases = Array.from({ length: CASES }, () => fuzzCase(random));
    // Warm up (first query plans, lazy modules) before the baseline.
    for (const [i, c] of cases.slice(0, 50).entries()) await sendCase(gateways[i % gateways.length].url, c);
    const baseline = await heapAfterGc(gc);

    const failures = new Set<string>();
    const statuses = new Map<number, number>();
    await fire(cases, statuses, failures);
    const afterFirst = await heapAfterGc(gc);
    await fire(cases, statuses, failures);
    const afterReplay = await heapAfterGc(gc);

    const growthMb = (afterFirst - baseline) / 1024 / 1024;
    const replayGrowthMb = (afterReplay - afterFirst) / 1024 / 1024;
    const health = await fetch(platform.gateway.url.replace('/graphql', '/health'));
    const normal = await postGraphQL<{ orgUnits: { totalCount: number } }>(platform.gateway.url, DIRECTORY);
    const seconds = (Date.now() - started) / 1000;
    console.info(
      `fuzz seed ${SEED}: ${2 * CASES} requests in ${seconds.toFixed(1)} s; heap after GC +${growthMb.toFixed(1)} MB after the first ${CASES}, ` +
        `${replayGrowthMb >= 0 ? '+' : ''}${replayGrowthMb.toFixed(1)} MB after replaying them; statuses ${JSON.stringify(Object.fromEntries([...statuses].sort()))}`,
    );

    expect([...failures]).toEqual([]);
    expect(statuses.get(429)).toBeUndefined();
    expect(health.status).toBe(200);
    expect(normal.errors).toBeUndefined();
    expect(normal.data?.orgUnits.totalCount).toBeGreaterThan(0);
    expect(growthMb).toBeLessThan(MAX_HEAP_GROWTH_MB);
    expect(replayGrowthMb).toBeLessThan(MAX_REPLAY_GROWTH_MB);
  }, 120000);
});
