/**
 * Shared jest settings: swc transpiles TypeScript (with decorator metadata); the kernel's global
 * setup gives each run a database. `seed` names the packages whose demo data the run's template
 * database holds (seeded once, then copied for the test database and every scratch database);
 * `globalSetup`/`globalTeardown` replace the kernel's when a package needs more around its run;
 * `maxWorkers` runs that many suites at once (one by default).
 */
module.exports = function jestConfig({ seed = [], globalSetup, globalTeardown, maxWorkers = 1 } = {}) {
  return {
    testEnvironment: 'node',
    testMatch: ['<rootDir>/test/**/*.test.ts'],
    transform: {
      '^.+\\.ts$': [
        '@swc/jest',
        {
          jsc: {
            parser: { syntax: 'typescript', decorators: true },
            transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
            target: 'es2022',
          },
          module: { type: 'commonjs' },
        },
      ],
    },
    globals: { civicTestRun: { seed } },
    globalSetup: globalSetup ?? '@civic/kernel/testing/global-setup',
    globalTeardown: globalTeardown ?? '@civic/kernel/testing/global-teardown',
    testTimeout: 60000,
    maxWorkers,
  };
};
