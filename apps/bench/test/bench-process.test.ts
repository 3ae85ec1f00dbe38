import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BenchProcess } from '../src/platform/bench-process';

describe('a process the bench starts', () => {
  it('keeps what the process writes to stderr after its stdout has closed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bench-process-'));
    const script = `process.stdout.write('first\\n', () => { require('fs').closeSync(1); setTimeout(() => process.stderr.write('after stdout closed\\n'), 100); });
      setTimeout(() => {}, 300);`;
    const child = new BenchProcess('writer', process.execPath, ['-e', script], process.env, dir);
    await child.logged;
    expect(child.running).toBe(false);
    expect(readFileSync(child.logFile, 'utf8')).toBe('first\nafter stdout closed\n');
  });
});
