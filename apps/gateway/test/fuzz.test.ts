import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { postGraphQL } from '@civic/kernel/testing';
import { fuzzCase, type FuzzCase } from './support/fuzz-cases';
import { seededRandom } from './support/prng';
import { startTestPlatform, type TestPlatform } from './support/platform';
import { DIRECTORY } from './support/queries';

const SEED = Number(process.env.FUZZ_SEED ?? 20251129);
const CASES = Number(process.env.FUZZ_CASES ?? 1200);
const CONCURRENCY = 8;
/** Caches the gateway keeps on purpose (query plans, APQ) are LRUs of about 30 MiB each. */
const MAX_HEAP_GROWTH_MB = 128;
/** Replaying the same requests must not grow the heap further: that would be a leak per request. */
const MAX_REPLAY_GROWTH_MB = 16;

let platform: TestPlatform;

beforeAll(async () => {
  platform = await startTestPlatform();
}, 180000);
afterAll(() => platform?.stop());

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

async function sendCase(url: string, c: FuzzCase): Promise<number> {
  try {
    const res = await fetch(`${url}${c.search ?? ''}`, { method: c.method, headers: c.headers, body: c.body });
    await res.arrayBuffer();
    return res.status;
  } catch (err) {
    // The gateway closing the connection on an oversized upload is an answer too (after its 413).
    if (c.kind === 'oversized body') return 413;
    throw new Error(`${c.kind}: ${err instanceof Error ? err.message : String(err)}`);
  }
}

async function fire(url: string, cases: FuzzCase[], statuses: Map<number, number>, serverErrors: string[]): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < cases.length) {
      const c = cases[next++];
      const status = await sendCase(url, c);
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
      if (status >= 500) serverErrors.push(`${status} ${c.kind}: ${String(c.body ?? c.search).slice(0, 160)}`);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
}

describe(`fuzzing the gateway (seed ${SEED}, ${CASES} requests, then the same again)`, () => {
  it('never answers 5xx, stays up and keeps its memory bounded', async () => {
    const started = Date.now();
    const gc = collectGarbage();
    const random = seededRandom(SEED);
    const cases = Array.from({ length: CASES }, () => fuzzCase(random));
    // Warm up (first query plans, lazy modules) before the baseline.
    for (const c of cases.slice(0, 50)) await sendCase(platform.gateway.url, c);
    const baseline = await heapAfterGc(gc);

    const serverErrors: string[] = [];
    const statuses = new Map<number, number>();
    await fire(platform.gateway.url, cases, statuses, serverErrors);
    const afterFirst = await heapAfterGc(gc);
    await fire(platform.gateway.url, cases, statuses, serverErrors);
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

    expect(serverErrors).toEqual([]);
    expect(statuses.get(429)).toBeUndefined();
    expect(health.status).toBe(200);
    expect(normal.errors).toBeUndefined();
    expect(normal.data?.orgUnits.totalCount).toBeGreaterThan(0);
    expect(growthMb).toBeLessThan(MAX_HEAP_GROWTH_MB);
    expect(replayGrowthMb).toBeLessThan(MAX_REPLAY_GROWTH_MB);
    expect(seconds).toBeLessThan(90);
  }, 120000);
});
