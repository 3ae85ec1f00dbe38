import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { DEFAULT_GATEWAY_SETTINGS, gatewayConfiguration, loadGatewayConfiguration } from '../src';
import { resolveGatewaySettings } from '../src/config/gateway-settings';

const GATEWAY_MAIN = join(__dirname, '..', 'dist', 'main.js');

describe("the gateway's configuration", () => {
  it('is the documented defaults when nothing is set', () => {
    const config = gatewayConfiguration.load({});
    expect(resolveGatewaySettings(config.guards)).toEqual(DEFAULT_GATEWAY_SETTINGS);
    expect(config.subgraphUrls).toEqual({
      org: 'http://localhost:4001/graphql',
      volunteers: 'http://localhost:4002/graphql',
      campaigns: 'http://localhost:4003/graphql',
      training: 'http://localhost:4004/graphql',
      workspace: 'http://localhost:4005/graphql',
      community: 'http://localhost:4006/graphql',
      assessment: 'http://localhost:4007/graphql',
    });
    expect(config).toMatchObject({ port: undefined, host: '0.0.0.0', logLevel: 'info', production: false, shutdownDrainMs: 10000 });
  });

  it('reads each variable into its place', () => {
    const config = gatewayConfiguration.load({
      GATEWAY_MAX_DEPTH: '7',
      GATEWAY_FORWARD_SINGLE_FETCHES: 'off',
      REDIS_URL: 'redis://cache:6379',
      ORG_URL: 'http://org:4001/graphql',
    });
    expect(config.guards.limits.maxDepth).toBe(7);
    expect(config.guards.forwardSingleFetches).toBe(false);
    expect(config.guards.rateLimit.redisUrl).toBe('redis://cache:6379');
    expect(config.subgraphUrls.org).toBe('http://org:4001/graphql');
  });

  it('names every bad setting, and every development secret in production, in one error', () => {
    expect(() => loadGatewayConfiguration({ NODE_ENV: 'production', GATEWAY_MAX_DEPTH: '0', GATEWAY_INTROSPECTION: 'sometimes' })).toThrow(
      'GATEWAY_MAX_DEPTH must be a positive integer, got "0"; GATEWAY_INTROSPECTION must be one of authenticated, all, off, got "sometimes"; ' +
        'INTERNAL_AUTH_SECRET must be set in production; set JWT_PUBLIC_KEY_FILE, JWT_JWKS_FILE or a non-default JWT_SECRET in production',
    );
  });

  it('stops the gateway process before it listens, naming every bad setting', async () => {
    const env = { ...process.env, PORT: 'x', LOG_LEVEL: 'loud', GATEWAY_MAX_DEPTH: 'twelve' };
    const failure = await promisify(execFile)(process.execPath, [GATEWAY_MAIN], { env, timeout: 20000 }).then(
      () => undefined,
      (err: { code: number; stdout: string; stderr: string }) => err,
    );
    expect(failure?.code).toBe(1);
    const lines = `${failure?.stdout}${failure?.stderr}`
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { level: string; msg: string });
    expect(lines).toEqual([
      expect.objectContaining({
        level: 'fatal',
        msg:
          'gateway: LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, got "loud"; ' +
          'PORT must be a port number (0 to 65535), got "x"; GATEWAY_MAX_DEPTH must be a positive integer, got "twelve"',
      }),
    ]);
  });
});
