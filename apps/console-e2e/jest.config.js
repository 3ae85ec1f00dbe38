/**
 * The console's end-to-end suites: the platform is started once for the run exactly as for the
 * gateway's suites (its global setup: a seeded database, every subgraph its own process), each
 * suite putting a gateway, which serves the built console at /console, in front of them.
 */
module.exports = {
  ...require('../../jest.preset.js')({
    globalSetup: '<rootDir>/../gateway/test/support/global-setup.ts',
    globalTeardown: '<rootDir>/../gateway/test/support/global-teardown.ts',
    maxWorkers: 1,
  }),
  setupFilesAfterEnv: ['<rootDir>/test/support/retry-once.ts'],
};
