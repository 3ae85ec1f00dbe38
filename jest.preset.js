/** Shared jest settings: swc transpiles TypeScript (with decorator metadata), a fresh database per run. */
module.exports = {
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
  globalSetup: '@civic/kernel/testing/global-setup',
  globalTeardown: '@civic/kernel/testing/global-teardown',
  testTimeout: 60000,
  maxWorkers: 1,
};
