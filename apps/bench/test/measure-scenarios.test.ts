import { groupByOperation } from '../src/bench/measure-scenarios';
import { summarizeLoad } from '../src/bench/run-load';
import type { Scenario } from '../src/bench/scenarios';

const scenario = (operation: string, target: Scenario['target']): Scenario => ({
  name: `${operation} ${target}`,
  operation,
  target,
  subgraph: null,
  kind: 'read',
  contract: false,
  scaleChecked: false,
  url: 'http://127.0.0.1:1/graphql',
  steps: [],
});

describe('scenarios taking turns', () => {
  it('groups the direct, gateway and peer scenarios of one operation, in order', () => {
    const groups = groupByOperation([
      scenario('A', 'direct'),
      scenario('A', 'gateway'),
      scenario('A', 'peer'),
      scenario('B', 'gateway'),
      scenario('B', 'peer'),
    ]);
    expect(groups.map((g) => g.map((s) => s.name))).toEqual([
      ['A direct', 'A gateway', 'A peer'],
      ['B gateway', 'B peer'],
    ]);
  });

  it('sums turns into one result: requests over total seconds, percentiles over every response', () => {
    const fast = { seconds: 5, latencies: Array.from({ length: 500 }, () => 10), errors: 0, errorSamples: [] };
    const slow = { seconds: 5, latencies: Array.from({ length: 100 }, () => 50), errors: 2, errorSamples: ['500 boom'] };
    const result = summarizeLoad([fast, slow]);
    expect(result).toMatchObject({ requests: 600, seconds: 10, throughput: 60, errors: 2, errorSamples: ['500 boom'] });
    expect(result.latencyMs).toMatchObject({ p50: 10, p95: 50, max: 50 });
    expect(result.latencyMs.mean).toBeCloseTo((500 * 10 + 100 * 50) / 600, 2);
  });
});
