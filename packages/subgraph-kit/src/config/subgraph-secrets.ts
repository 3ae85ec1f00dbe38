import { internalSecretProblems, isProduction, MIN_PRODUCTION_SECRET_LENGTH } from '@civic/runtime';
import { assertProductionPersonalDataKeys } from '../pii/personal-data-cipher';

/** PII_ENCRYPTION_KEY and PII_HASH_KEY (subgraphs, and their migrate and seed commands). */
export function personalDataKeyProblems(env: NodeJS.ProcessEnv = process.env): string[] {
  if (!isProduction(env)) return [];
  const problems: string[] = [];
  try {
    assertProductionPersonalDataKeys(env);
  } catch (err) {
    problems.push((err as Error).message);
  }
  for (const name of ['PII_ENCRYPTION_KEY', 'PII_HASH_KEY']) {
    const value = env[name];
    if (value && value.length < MIN_PRODUCTION_SECRET_LENGTH) problems.push(`${name} must be at least ${MIN_PRODUCTION_SECRET_LENGTH} characters`);
  }
  return problems;
}

/**
 * Refuses to go on in production with a missing, development or trivially short secret, naming
 * every one at once. Subgraphs check both groups; the gateway adds its JWT check to the first.
 */
export function assertSubgraphSecrets(env: NodeJS.ProcessEnv = process.env): void {
  const problems = [...internalSecretProblems(env), ...personalDataKeyProblems(env)];
  if (problems.length > 0) throw new Error(problems.join('; '));
}
