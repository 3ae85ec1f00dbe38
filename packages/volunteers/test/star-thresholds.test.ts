import { join } from 'node:path';
import { freePort, startChildService, testDatabaseUrl } from '@civic/testing';
import { starLevel, starThresholds } from '../src/volunteer/star-level';
import { volunteersSubgraph } from '../src/subgraph';

const CLI = join(__dirname, '..', 'dist', 'cli.js');

/** `cli.js serve` with the environment given: "started" once it is healthy (then stopped), or why it did not start. */
async function serve(env: Record<string, string>): Promise<string> {
  const port = await freePort();
  return startChildService(process.execPath, [CLI, 'serve'], {
    env: { ...process.env, DATABASE_URL: testDatabaseUrl(), PORT: String(port), MIGRATE_ON_START: 'false', ...env },
    healthUrl: `http://127.0.0.1:${port}/health`,
  }).then(
    async (service) => {
      await service.stop();
      return 'started';
    },
    (err: Error) => err.message,
  );
}

describe('VOLUNTEER_STAR_THRESHOLDS', () => {
  it('stops the volunteers subgraph at start when malformed, naming the setting', async () => {
    for (const malformed of ['100,300,600', '100,50,600,1000,1500', '100,300,six hundred,1000,1500', '0,300,600,1000,1500']) {
      const outcome = await serve({ VOLUNTEER_STAR_THRESHOLDS: malformed });
      expect(outcome).toContain(`VOLUNTEER_STAR_THRESHOLDS must be five increasing positive numbers, got "${malformed}"`);
    }
  }, 120000);

  it('starts with five increasing positive numbers', async () => {
    expect(await serve({ VOLUNTEER_STAR_THRESHOLDS: '10, 20, 30, 40, 50' })).toBe('started');
  }, 60000);

  it('is read once, when the subgraph starts: a later change of the environment changes nothing', () => {
    const own = volunteersSubgraph.settings!;
    own.apply(own.configuration.load({ VOLUNTEER_STAR_THRESHOLDS: '10,20,30,40,50' }));
    try {
      process.env.VOLUNTEER_STAR_THRESHOLDS = 'garbage';
      expect(starThresholds()).toEqual([10, 20, 30, 40, 50]);
      expect(starLevel(35)).toBe(3);
    } finally {
      delete process.env.VOLUNTEER_STAR_THRESHOLDS;
      own.apply(own.configuration.load({}));
    }
    expect(starLevel(1500)).toBe(5);
  });
});
