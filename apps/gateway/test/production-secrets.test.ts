import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { testDatabaseUrl } from '@civic/testing';
import { gatewayConfiguration, gatewaySecretProblems, SUBGRAPHS } from '../src';

const run = promisify(execFile);
const GATEWAY_MAIN = join(__dirname, '..', 'dist', 'main.js');
const ORG_CLI = join(SUBGRAPHS.find((s) => s.name === 'org')!.packageDir, 'dist', 'cli.js');

/** The environment of a production deployment that forgot its secrets (development defaults only). */
function productionEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const { INTERNAL_AUTH_SECRET: _i, JWT_SECRET: _j, PII_ENCRYPTION_KEY: _e, PII_HASH_KEY: _h, ...rest } = process.env;
  return { ...rest, NODE_ENV: 'production', DATABASE_URL: testDatabaseUrl(), PORT: '0', ...extra };
}

async function exitOf(script: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [script, ...args], { env, timeout: 20000 });
    return { code: 0, output: stdout + stderr };
  } catch (err) {
    const failed = err as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}

describe('production refuses development secrets', () => {
  it('gateway: names every missing secret and does not start', async () => {
    const { code, output } = await exitOf(GATEWAY_MAIN, [], productionEnv());
    expect(code).toBe(1);
    expect(output).toContain('INTERNAL_AUTH_SECRET must be set in production');
    expect(output).toContain('set JWT_PUBLIC_KEY_FILE, JWT_JWKS_FILE or a non-default JWT_SECRET in production');
    expect(output).not.toContain('gateway ready');
  });

  it('gateway: refuses a trivially short JWT secret, accepts real ones', () => {
    const env = { NODE_ENV: 'production', INTERNAL_AUTH_SECRET: 'a-long-random-internal-secret' };
    const problems = (more: Record<string, string>) => gatewaySecretProblems(gatewayConfiguration.load({ ...env, ...more }));
    expect(problems({ JWT_SECRET: 'secret' })).toEqual(['JWT_SECRET must be at least 16 characters']);
    expect(problems({ JWT_SECRET: 'a-long-random-jwt-signing-secret' })).toEqual([]);
    expect(problems({ JWT_JWKS_FILE: '/etc/civic/jwks.json' })).toEqual([]);
  });

  it('subgraph serve: refuses the development identity secret and personal-data keys', async () => {
    const { code, output } = await exitOf(ORG_CLI, ['serve'], productionEnv());
    expect(code).toBe(1);
    expect(output).toContain('INTERNAL_AUTH_SECRET must be set in production; PII_ENCRYPTION_KEY must be set in production');
    expect(output).not.toContain('ready at');
  });

  it('subgraph seed and migrate: refuse to encrypt personal data with the development keys', async () => {
    for (const command of ['seed', 'migrate']) {
      const { code, output } = await exitOf(ORG_CLI, [command], productionEnv({ INTERNAL_AUTH_SECRET: 'a-long-random-internal-secret' }));
      expect({ command, code }).toEqual({ command, code: 1 });
      expect(output).toContain('PII_ENCRYPTION_KEY must be set in production');
    }
  });
});
