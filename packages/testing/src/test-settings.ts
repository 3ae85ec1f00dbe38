import { defineConfiguration, defineSetting, integer, positiveInteger, text } from '@civic/runtime';

export const TEST_DATABASE_URL = defineSetting({
  name: 'TEST_DATABASE_URL',
  readBy: ['T'],
  meaning: "the fresh database of one package's test run (do not set it yourself)",
  parser: text,
  shownDefault: 'set by the test setup',
});

export const FUZZ_SEED = defineSetting({
  name: 'FUZZ_SEED',
  readBy: ['T'],
  meaning: "seed of the gateway's fuzz test (the same seed sends the same operations)",
  parser: integer,
  fallback: 20251129,
});

export const FUZZ_CASES = defineSetting({
  name: 'FUZZ_CASES',
  readBy: ['T'],
  meaning: "how many operations the gateway's fuzz test sends",
  parser: positiveInteger,
  fallback: 1200,
});

export const CI = defineSetting({
  name: 'CI',
  readBy: ['T'],
  meaning: 'set by CI systems; passed through so jest and turbo behave as on CI (jest never writes snapshots there)',
  parser: text,
});

export const TMPDIR = defineSetting({
  name: 'TMPDIR',
  readBy: ['T'],
  meaning: "where tests make their temporary folders (a test run's embedded PostgreSQL, scratch files)",
  parser: text,
  shownDefault: "the system's",
});

/** What test runs read; CI and TMPDIR are read by the tools (jest, turbo, `os.tmpdir()`), not by our code. */
export const testRunConfiguration = defineConfiguration({
  testDatabaseUrl: TEST_DATABASE_URL,
  fuzzSeed: FUZZ_SEED,
  fuzzCases: FUZZ_CASES,
  ci: CI,
  tmpdir: TMPDIR,
});
