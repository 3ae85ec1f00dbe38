import type { FiguresRow } from '../src/ranking/figures.sql';
import { FiguresSnapshots } from '../src/ranking/figures-snapshots';

const figures = (numerator: number): FiguresRow[] => [
  { unit_id: 1, name: '某镇实践所', kind: null, numerator: String(numerator), denominator: '1' },
];

/** A computation the test finishes by hand, counting how often it was started. */
function manualComputation() {
  const started: { resolve: (rows: FiguresRow[]) => void; reject: (err: Error) => void }[] = [];
  const compute = () => new Promise<FiguresRow[]>((resolve, reject) => started.push({ resolve, reject }));
  return { compute, started };
}

const flush = () => new Promise((resolve) => setImmediate(resolve));

describe('ranking figures kept a while (FiguresSnapshots)', () => {
  let now: number;
  const clock = () => now;
  beforeEach(() => (now = Date.UTC(2026, 11, 3, 9)));

  it('computes a scope once for concurrent first reads, and serves that snapshot until it is max-age old', async () => {
    const errors: unknown[] = [];
    const snapshots = new FiguresSnapshots(
      () => 60_000,
      (err) => errors.push(err),
      256,
      clock,
    );
    const { compute, started } = manualComputation();
    const reads = [snapshots.read('huidong', compute), snapshots.read('huidong', compute)];
    expect(started).toHaveLength(1);
    started[0].resolve(figures(10));
    const [first, second] = await Promise.all(reads);
    expect(first).toBe(second);
    expect(first.computedAt.getTime()).toBe(now);
    now += 59_000;
    expect((await snapshots.read('huidong', compute)).rows).toEqual(figures(10));
    expect(started).toHaveLength(1);
    expect(errors).toEqual([]);
  });

  it('serves the older snapshot while one background refresh runs, then the new one', async () => {
    const snapshots = new FiguresSnapshots(
      () => 60_000,
      () => undefined,
      256,
      clock,
    );
    const { compute, started } = manualComputation();
    const firstRead = snapshots.read('huidong', compute);
    started[0].resolve(figures(10));
    await firstRead;
    now += 60_000;
    expect((await snapshots.read('huidong', compute)).rows).toEqual(figures(10));
    expect((await snapshots.read('huidong', compute)).rows).toEqual(figures(10));
    expect(started).toHaveLength(2);
    started[1].resolve(figures(12));
    await flush();
    const refreshed = await snapshots.read('huidong', compute);
    expect(refreshed.rows).toEqual(figures(12));
    expect(refreshed.computedAt.getTime()).toBe(now);
  });

  it('keeps the older snapshot when a refresh fails, and retries on a later read; a failed first read is not kept', async () => {
    const errors: unknown[] = [];
    const snapshots = new FiguresSnapshots(
      () => 60_000,
      (err) => errors.push(err),
      256,
      clock,
    );
    const { compute, started } = manualComputation();
    const failing = snapshots.read('huidong', compute);
    started[0].reject(new Error('canceling statement due to statement timeout'));
    await expect(failing).rejects.toThrow('statement timeout');
    const retry = snapshots.read('huidong', compute);
    expect(started).toHaveLength(2);
    started[1].resolve(figures(10));
    await retry;
    now += 61_000;
    await snapshots.read('huidong', compute);
    started[2].reject(new Error('connection lost'));
    await flush();
    expect(errors).toEqual([new Error('connection lost')]);
    expect((await snapshots.read('huidong', compute)).rows).toEqual(figures(10));
    expect(started).toHaveLength(4);
  });

  it('computes on every read when the max age is 0, and keeps no more scopes than its capacity', async () => {
    const everyRead = new FiguresSnapshots(
      () => 0,
      () => undefined,
      256,
      clock,
    );
    let computed = 0;
    const count = async () => figures(++computed);
    await everyRead.read('huidong', count);
    expect((await everyRead.read('huidong', count)).rows).toEqual(figures(2));

    const small = new FiguresSnapshots(
      () => 60_000,
      () => undefined,
      2,
      clock,
    );
    computed = 0;
    for (const scope of ['a', 'b', 'a', 'c']) await small.read(scope, count);
    expect(computed).toBe(3);
    await small.read('a', count); // kept: read more recently than b
    expect(computed).toBe(3);
    await small.read('b', count); // dropped when c came in
    expect(computed).toBe(4);
  });
});
