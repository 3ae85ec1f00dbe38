/**
 * The platform's subgraphs are started once for the run (test/support/global-setup.ts); the suites,
 * each with gateways of its own in front of them, run two at a time.
 */
module.exports = require('../../jest.preset.js')({
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  maxWorkers: 2,
});
