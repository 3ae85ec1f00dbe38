import { internalSecretProblems, type Environment } from '@civic/runtime';
import { personalDataKeyProblems, subgraphConfiguration, subgraphSecretProblems } from '../src';

const GOOD = {
  NODE_ENV: 'production',
  INTERNAL_AUTH_SECRET: 'a-long-random-internal-secret',
  PII_ENCRYPTION_KEY: 'a-long-random-encryption-key',
  PII_HASH_KEY: 'a-long-random-hash-key-value',
};

/** The subgraph's configuration as read from the environment given. */
const read = (env: Environment) => subgraphConfiguration.load(env);

describe('production secrets', () => {
  it('asks nothing outside production', () => {
    expect(internalSecretProblems(read({}))).toEqual([]);
    expect(personalDataKeyProblems(read({ NODE_ENV: 'development' }))).toEqual([]);
  });

  it('accepts real secrets in production', () => {
    expect(subgraphSecretProblems(read(GOOD))).toEqual([]);
    expect(() => subgraphConfiguration.load(GOOD, subgraphSecretProblems)).not.toThrow();
  });

  it('refuses missing, empty, development and trivially short secrets, naming each', () => {
    expect(internalSecretProblems(read({ NODE_ENV: 'production' }))).toEqual(['INTERNAL_AUTH_SECRET must be set in production']);
    expect(internalSecretProblems(read({ NODE_ENV: 'production', INTERNAL_AUTH_SECRET: '' }))).toEqual([
      'INTERNAL_AUTH_SECRET must be set in production',
    ]);
    expect(internalSecretProblems(read({ NODE_ENV: 'production', INTERNAL_AUTH_SECRET: 'dev-internal-secret-change-me' }))).toEqual([
      'INTERNAL_AUTH_SECRET must be set in production',
    ]);
    expect(internalSecretProblems(read({ NODE_ENV: 'production', INTERNAL_AUTH_SECRET: 'short' }))).toEqual([
      'INTERNAL_AUTH_SECRET must be at least 16 characters',
    ]);
    expect(personalDataKeyProblems(read({ ...GOOD, PII_ENCRYPTION_KEY: 'dev-pii-encryption-key-change-me' }))).toEqual([
      'PII_ENCRYPTION_KEY must be set in production',
    ]);
    expect(personalDataKeyProblems(read({ ...GOOD, PII_HASH_KEY: 'abc' }))).toEqual(['PII_HASH_KEY must be at least 16 characters']);
    expect(() =>
      subgraphConfiguration.load(
        { NODE_ENV: 'production', PII_ENCRYPTION_KEY: GOOD.PII_ENCRYPTION_KEY, PII_HASH_KEY: GOOD.PII_HASH_KEY },
        subgraphSecretProblems,
      ),
    ).toThrow('INTERNAL_AUTH_SECRET must be set in production');
  });

  it('names every missing key at once', () => {
    expect(subgraphSecretProblems(read({ NODE_ENV: 'production' }))).toEqual([
      'INTERNAL_AUTH_SECRET must be set in production',
      'PII_ENCRYPTION_KEY must be set in production',
      'PII_HASH_KEY must be set in production',
    ]);
  });
});
