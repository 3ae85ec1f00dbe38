import type { MemorySample } from '../src/bench/memory-sampler';
import { checkTargets, memoryTrends } from '../src/bench/report';

/** One sample a second for `seconds`, the gateway's RSS given by `rss(t)`. */
const samples = (seconds: number, rss: (t: number) => number): MemorySample[] =>
  Array.from({ length: seconds }, (_, t) => ({ at: t * 1000, rssMb: { gateway: rss(t) } }));

const memoryCheck = (list: MemorySample[]) =>
  checkTargets([], [], null, memoryTrends(list), null).find((c) => c.target === 'memory levels off')!;

describe('whether a process levels off over the soak', () => {
  it('takes a garbage-collected saw without a trend as levelling off, wherever the soak ends on it', () => {
    // A heap swinging between 200 and 320 MiB, high for most of the last third and low for most of the middle one.
    const saw = samples(300, (t) => (t >= 180 && t < 280 ? 320 - (t - 180) * 0.5 : 200 + (t % 7)));
    const [trend] = memoryTrends(saw);
    expect(trend.lateGrowth).toBeGreaterThan(1.2);
    expect(trend.floorGrowth).toBeLessThanOrEqual(1.02);
    expect(memoryCheck(saw).met).toBe(true);
  });

  it('takes a floor that keeps rising as growth without bound', () => {
    const leaking = samples(300, (t) => 150 + t * 0.4 + (t % 60 < 30 ? 40 : 0));
    const [trend] = memoryTrends(leaking);
    expect(trend.floorGrowth).toBeGreaterThan(1.2);
    expect(memoryCheck(leaking)).toMatchObject({ subject: 'gateway', met: false });
  });

  it('reports start, thirds and peak in MiB', () => {
    const [trend] = memoryTrends(samples(6, (t) => [100, 110, 120, 130, 125, 140][t]));
    expect(trend).toMatchObject({ firstMb: 100, middleMb: 125, lastMb: 132.5, peakMb: 140, middleFloorMb: 120, lastFloorMb: 125 });
  });
});
