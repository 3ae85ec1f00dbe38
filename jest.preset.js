/**
 * Shared jest settings: swc transpiles TypeScript (with decorator metadata); the test harness's
 * global setup gives each run a database. `seed` names the packages whose demo data the run's template
 * database holds (seeded once, then copied for the test database and every scratch database);
 * `globalSetup`/`globalTeardown` replace the harness's when a package needs more around its run;
 * `maxWorkers` runs that many suites at once (one by default); `database: false` is for packages
 * whose tests need no database (and which the test harness itself depends on).
 */
module.exports = function jestConfig({ seed = [], globalSetup, globalTeardown, maxWorkers = 1, database = true } = {}) {
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
    ...(database && {
      globalSetup: globalSetup ?? '@civic/testing/global-setup',
      globalTeardown: globalTeardown ?? '@civic/testing/global-teardown',
    }),
    testTimeout: 60000,
    maxWorkers,
  };
};
