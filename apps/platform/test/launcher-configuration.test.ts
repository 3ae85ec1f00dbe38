import { launcherConfiguration, loadLauncherConfiguration } from '../src';

describe("the launcher's configuration", () => {
  it('is the documented defaults when nothing is set', () => {
    expect(launcherConfiguration.load({})).toMatchObject({
      gatewayPort: 4000,
      subgraphPorts: { org: 4001, volunteers: 4002, campaigns: 4003, training: 4004, workspace: 4005, community: 4006, assessment: 4007 },
      seedDemo: undefined,
      production: false,
      embeddedPgPort: 54329,
      shutdownDrainMs: 10000,
    });
  });

  it('names every bad setting at once, before anything starts', () => {
    expect(() => loadLauncherConfiguration({ SEED_DEMO: 'ture', ORG_PORT: '99999', EMBEDDED_PG_PORT: 'pg' })).toThrow(
      'refusing to start: EMBEDDED_PG_PORT must be a port number (0 to 65535), got "pg"; SEED_DEMO must be true or false, got "ture"; ORG_PORT must be a port number (0 to 65535), got "99999"',
    );
  });
});
