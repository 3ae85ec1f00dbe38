import autocannon, { type RequestSpec } from 'autocannon';

/** One HTTP request of a scenario: body, headers, and what to keep from the answer. */
export interface LoadStep {
  /** The request body and headers; called for every request, so variables change each time. */
  build(context: Record<string, unknown>): { body: string; headers: Record<string, string> } | null;
  /** Sees the JSON answer (e.g. to keep a created id for the next step). */
  onData?(data: unknown, context: Record<string, unknown>): void;
}

export interface LoadResult {
  requests: number;
  seconds: number;
  throughput: number;
  latencyMs: { p50: number; p95: number; p99: number; mean: number; max: number };
  errors: number;
  errorSamples: string[];
}

/** One stretch of load as measured, every response's time kept so stretches can be summed. */
export interface LoadSlice {
  seconds: number;
  /** Response times (ms) of every answered request. */
  latencies: number[];
  errors: number;
  errorSamples: string[];
}

/**
 * Drives `url` with autocannon for `seconds` over `connections` keep-alive connections, each
 * cycling through `steps` (one step: the same operation with fresh variables; several: a flow).
 * A request is an error when the status is not 200 or the answer carries GraphQL errors.
 */
export async function runLoad(url: string, steps: LoadStep[], seconds: number, connections: number): Promise<LoadSlice> {
  const latencies: number[] = [];
  let errors = 0;
  const errorSamples: string[] = [];
  const requests: RequestSpec[] = steps.map((step) => ({
    method: 'POST',
    setupRequest: (request, context) => {
      const built = step.build(context);
      if (!built) return null;
      return { ...request, method: 'POST', body: built.body, headers: { 'content-type': 'application/json', ...built.headers } };
    },
    onResponse: (status, body, context) => {
      const failed = status !== 200 || body.includes('"errors"');
      if (failed) {
        errors += 1;
        if (errorSamples.length < 5) errorSamples.push(`${status} ${body.slice(0, 300)}`);
        context.failed = true;
        return;
      }
      context.failed = false;
      if (step.onData) {
        try {
          step.onData((JSON.parse(body) as { data?: unknown }).data, context);
        } catch {
          context.failed = true;
        }
      }
    },
  }));
  const instance = autocannon({ url, connections, duration: seconds, requests, timeout: 30 });
  instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => latencies.push(responseTime));
  const result = await instance;
  return { seconds: result.duration, latencies, errors: errors + result.errors, errorSamples };
}

/** Several stretches of the same load as one result: requests and seconds summed, percentiles over every response. */
export function summarizeLoad(slices: LoadSlice[]): LoadResult {
  const latencies = slices.flatMap((s) => s.latencies).sort((a, b) => a - b);
  const seconds = slices.reduce((sum, s) => sum + s.seconds, 0);
  const at = (q: number) => (latencies.length === 0 ? 0 : latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]);
  const total = latencies.length;
  return {
    requests: total,
    seconds: round(seconds),
    throughput: seconds > 0 ? total / seconds : 0,
    latencyMs: {
      p50: round(at(0.5)),
      p95: round(at(0.95)),
      p99: round(at(0.99)),
      mean: round(total === 0 ? 0 : latencies.reduce((a, b) => a + b, 0) / total),
      max: round(at(1)),
    },
    errors: slices.reduce((sum, s) => sum + s.errors, 0),
    errorSamples: slices.flatMap((s) => s.errorSamples).slice(0, 5),
  };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
