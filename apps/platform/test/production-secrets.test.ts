import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const MAIN = join(__dirname, '..', 'dist', 'main.js');

describe('npm start in production', () => {
  it('refuses development secrets before starting a database or any service, naming each', async () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), 'civic-prod-')), 'pg');
    const { DATABASE_URL: _d, INTERNAL_AUTH_SECRET: _i, JWT_SECRET: _j, PII_ENCRYPTION_KEY: _e, PII_HASH_KEY: _h, ...base } = process.env;
    const started = Date.now();
    const failure = await promisify(execFile)(process.execPath, [MAIN], {
      env: { ...base, NODE_ENV: 'production', PG_DATA_DIR: dataDir },
      timeout: 20000,
    }).then(
      () => undefined,
      (err: { code: number; stdout: string; stderr: string }) => err,
    );
    expect(failure?.code).toBe(1);
    const output = `${failure?.stdout}${failure?.stderr}`;
    expect(output).toContain('refusing to start: INTERNAL_AUTH_SECRET must be set in production');
    expect(output).toContain('JWT_SECRET');
    expect(output).toContain('PII_ENCRYPTION_KEY must be set in production');
    expect(existsSync(dataDir)).toBe(false);
    expect(Date.now() - started).toBeLessThan(10000);
  });
});
