import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { createLogger } from '@civic/runtime';
import { lineFormatFor } from '../src/log-lines';
import { launcherLogDestination, logOutput, type LauncherOutputs } from '../src/log-output';
import { ProcessGroup } from '../src/process-group';

const LINE = JSON.stringify({
  level: 'info',
  time: '2026-05-01T08:00:00.123Z',
  service: 'gateway',
  pid: 4242,
  hostname: 'box',
  requestId: 'r-1',
  operation: 'OrgDashboard',
  durationMs: 12,
  msg: 'graphql operation',
});
const TERMINAL = { isTTY: true };
const PIPE = { isTTY: false };
const DEV = { NO_COLOR: '1' };

/** A stream that keeps what is written, and says whether it is a terminal. */
function capture(isTTY: boolean): Writable & { isTTY: boolean; text: () => string } {
  let text = '';
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      text += chunk.toString();
      done();
    },
  });
  return Object.assign(stream, { isTTY, text: () => text });
}

describe('log lines of npm start', () => {
  it('are readable on a terminal: time, level, service, message and the fields of interest, no pid or hostname', () => {
    const printed = lineFormatFor(TERMINAL, DEV)(LINE, 'gateway');
    expect(printed).toMatch(
      /^\[\d\d:\d\d:\d\d\.123\] INFO: gateway +graphql operation \{"requestId":"r-1","operation":"OrgDashboard","durationMs":12\}\n$/,
    );
    expect(printed).not.toMatch(/4242|box/);
  });

  it('are colored on a terminal unless NO_COLOR is set', () => {
    expect(lineFormatFor(TERMINAL, {})(LINE, 'gateway')).toContain('\u001b[');
    expect(lineFormatFor(TERMINAL, DEV)(LINE, 'gateway')).not.toContain('\u001b[');
  });

  it('show an error stack under the line on a terminal', () => {
    const line = JSON.stringify({
      level: 'error',
      time: '2026-05-01T08:00:00.000Z',
      service: 'org',
      err: { type: 'Error', message: 'boom', stack: 'Error: boom\n    at here (x.js:1:1)' },
      msg: 'boom',
    });
    const printed = lineFormatFor(TERMINAL, DEV)(line, 'org');
    expect(printed.split('\n')[0]).toMatch(/ERROR: org +boom *$/);
    expect(printed).toContain('    at here (x.js:1:1)');
  });

  it('stay JSON lines, as written, when the output is not a terminal or in production', () => {
    expect(lineFormatFor(PIPE, DEV)(LINE, 'gateway')).toBe(`${LINE}\n`);
    expect(lineFormatFor(TERMINAL, { ...DEV, NODE_ENV: 'production' })(LINE, 'gateway')).toBe(`${LINE}\n`);
  });

  it('prefix anything that is not a log line with the process it came from, in both forms', () => {
    expect(lineFormatFor(PIPE, DEV)('(node:1) Warning: something', 'org')).toBe('[org] (node:1) Warning: something\n');
    expect(lineFormatFor(TERMINAL, DEV)('    at Object.<anonymous> (x.js:1:1)', 'org')).toBe(
      '[org]     at Object.<anonymous> (x.js:1:1)\n',
    );
  });

  it("writes the launcher's own lines like the children's: info and below to stdout, warn and up to stderr", () => {
    const out = capture(true);
    const err = capture(false);
    const outputs: LauncherOutputs = { out: logOutput(out, DEV), err: logOutput(err, DEV) };
    const logger = createLogger('platform', { level: 'info', destination: launcherLogDestination(outputs, 'platform') });
    logger.info({ port: 4000 }, 'gateway up');
    logger.warn('slow start');
    expect(out.text()).toMatch(/^\[\d\d:\d\d:\d\d\.\d{3}\] INFO: platform +gateway up \{"port":4000\}\n$/);
    expect(JSON.parse(err.text())).toMatchObject({ level: 'warn', service: 'platform', msg: 'slow start' });
  });

  it("relays a child's JSON log lines readably to a terminal and unchanged to a pipe", async () => {
    const script = join(mkdtempSync(join(tmpdir(), 'civic-log-')), 'child.js');
    writeFileSync(
      script,
      `const { createLogger } = require(${JSON.stringify(require.resolve('@civic/runtime'))});
       const logger = createLogger('org', { level: 'info' });
       logger.info({ requestId: 'r-2' }, 'org subgraph ready');
       logger.error('cannot reach PostgreSQL');`,
    );
    const out = capture(true);
    const err = capture(false);
    const group = new ProcessGroup({ out: logOutput(out, DEV), err: logOutput(err, DEV) });
    const child = group.start('org', script, [], { ...process.env, NODE_ENV: 'development' }).child;
    await new Promise((resolve) => child.once('close', resolve));

    expect(out.text()).toMatch(/^\[\d\d:\d\d:\d\d\.\d{3}\] INFO: org +org subgraph ready \{"requestId":"r-2"\}\n$/);
    expect(JSON.parse(err.text())).toMatchObject({ level: 'error', service: 'org', msg: 'cannot reach PostgreSQL' });
  });
});
