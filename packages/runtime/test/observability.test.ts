import { Writable } from 'node:stream';
import { createLogger, lifecycleLogger, logLevelFromEnv, ServiceMetrics } from '../src';

function capture() {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { lines, destination };
}

describe('structured logs', () => {
  it("writes JSON lines with level, service, time and the fields given (a request's id among them)", () => {
    const { lines, destination } = capture();
    const logger = createLogger('org', { level: 'info', destination });
    logger.info('outside');
    logger.warn({ requestId: 'req-1', unit: 7 }, 'inside');
    logger.debug('too detailed');
    expect(lines).toEqual([
      expect.objectContaining({ level: 'info', service: 'org', msg: 'outside', time: expect.any(String) }),
      expect.objectContaining({ level: 'warn', service: 'org', msg: 'inside', requestId: 'req-1', unit: 7 }),
    ]);
    expect(lines[0]).not.toHaveProperty('requestId');
  });

  it('serialises errors with their stack, and still says "ready" when the level is warn', () => {
    const { lines, destination } = capture();
    const logger = createLogger('gateway', { level: 'warn', destination });
    logger.error({ err: new Error('boom') }, 'failed');
    logger.info('hidden');
    lifecycleLogger(logger).info('gateway ready at http://127.0.0.1:1/graphql');
    expect(lines.map((l) => l.msg)).toEqual(['failed', 'gateway ready at http://127.0.0.1:1/graphql']);
    expect(lines[0].err).toMatchObject({ type: 'Error', message: 'boom', stack: expect.stringContaining('Error: boom') });
  });

  it('takes LOG_LEVEL, default info, and refuses an unknown level', () => {
    expect(logLevelFromEnv({})).toBe('info');
    expect(logLevelFromEnv({ LOG_LEVEL: 'warn' })).toBe('warn');
    expect(() => logLevelFromEnv({ LOG_LEVEL: 'loud' })).toThrow('LOG_LEVEL must be one of');
  });
});

describe('service metrics', () => {
  it('keeps operation names as labels up to a bound, so clients cannot create unbounded series', () => {
    const metrics = new ServiceMetrics('test');
    expect(metrics.operationLabel(undefined)).toBe('(anonymous)');
    for (let i = 0; i < 200; i += 1) expect(metrics.operationLabel(`Op${i}`)).toBe(`Op${i}`);
    expect(metrics.operationLabel('OneTooMany')).toBe('(other)');
    expect(metrics.operationLabel('Op3')).toBe('Op3');
  });

  it('renders the Prometheus text format with the service label on every series', async () => {
    const metrics = new ServiceMetrics('test');
    metrics.operations.inc({ operation: 'Directory', type: 'query', outcome: 'ok' });
    const { contentType, body } = await metrics.render();
    expect(contentType).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(body).toContain('# TYPE civic_graphql_operations_total counter');
    expect(body).toContain('civic_graphql_operations_total{operation="Directory",type="query",outcome="ok",service="test"} 1');
  });
});
