import { internalSecretProblems } from '@civic/runtime';
import { assertSubgraphSecrets, personalDataKeyProblems } from '../src';

const GOOD = {
  NODE_ENV: 'production',
  INTERNAL_AUTH_SECRET: 'a-long-random-internal-secret',
  PII_ENCRYPTION_KEY: 'a-long-random-encryption-key',
  PII_HASH_KEY: 'a-long-random-hash-key-value',
};

describe('production secrets', () => {
  it('asks nothing outside production', () => {
    expect(internalSecretProblems({})).toEqual([]);
    expect(personalDataKeyProblems({ NODE_ENV: 'development' })).toEqual([]);
  });

  it('accepts real secrets in production', () => {
    expect(() => assertSubgraphSecrets(GOOD)).not.toThrow();
  });

  it('refuses missing, empty, development and trivially short secrets, naming each', () => {
    expect(internalSecretProblems({ NODE_ENV: 'production' })).toEqual(['INTERNAL_AUTH_SECRET must be set in production']);
    expect(internalSecretProblems({ NODE_ENV: 'production', INTERNAL_AUTH_SECRET: '' })).toEqual(['INTERNAL_AUTH_SECRET must be set in production']);
    expect(internalSecretProblems({ NODE_ENV: 'production', INTERNAL_AUTH_SECRET: 'dev-internal-secret-change-me' })).toEqual([
      'INTERNAL_AUTH_SECRET must be set in production',
    ]);
    expect(internalSecretProblems({ NODE_ENV: 'production', INTERNAL_AUTH_SECRET: 'short' })).toEqual(['INTERNAL_AUTH_SECRET must be at least 16 characters']);
    expect(personalDataKeyProblems({ ...GOOD, PII_ENCRYPTION_KEY: 'dev-pii-encryption-key-change-me' })).toEqual(['PII_ENCRYPTION_KEY must be set in production']);
    expect(personalDataKeyProblems({ ...GOOD, PII_HASH_KEY: 'abc' })).toEqual(['PII_HASH_KEY must be at least 16 characters']);
    expect(() => assertSubgraphSecrets({ NODE_ENV: 'production', PII_ENCRYPTION_KEY: GOOD.PII_ENCRYPTION_KEY, PII_HASH_KEY: GOOD.PII_HASH_KEY })).toThrow(
      'INTERNAL_AUTH_SECRET must be set in production',
    );
  });
});
