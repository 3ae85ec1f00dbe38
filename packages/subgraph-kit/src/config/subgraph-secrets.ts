import { internalSecretProblems, productionSecretProblems } from '@civic/runtime';
import { DEVELOPMENT_PII_ENCRYPTION_KEY, DEVELOPMENT_PII_HASH_KEY, type PersonalDataKeys } from '../pii/personal-data-keys';

/** PII_ENCRYPTION_KEY and PII_HASH_KEY (subgraphs, and their migrate and seed commands); nothing is asked outside production. */
export function personalDataKeyProblems(config: PersonalDataKeys & { production: boolean }): string[] {
  if (!config.production) return [];
  return [
    ...productionSecretProblems('PII_ENCRYPTION_KEY', config.piiEncryptionKey, DEVELOPMENT_PII_ENCRYPTION_KEY),
    ...productionSecretProblems('PII_HASH_KEY', config.piiHashKey, DEVELOPMENT_PII_HASH_KEY),
  ];
}

/**
 * What a subgraph that serves refuses in production: a missing, development or trivially short
 * secret, every one at once. The gateway adds its JWT check to the identity secret's.
 */
export function subgraphSecretProblems(config: PersonalDataKeys & { production: boolean; internalAuthSecret: string }): string[] {
  return [...internalSecretProblems(config), ...personalDataKeyProblems(config)];
}
