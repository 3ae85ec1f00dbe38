import { internalSecretProblems, isProduction, MIN_PRODUCTION_SECRET_LENGTH } from '@civic/runtime';
import { DEV_JWT_SECRET } from './jwt-keys';

/** What is wrong with the gateway's secrets in production (empty elsewhere). */
export function gatewaySecretProblems(env: NodeJS.ProcessEnv = process.env): string[] {
  if (!isProduction(env)) return [];
  const problems = internalSecretProblems(env);
  const usesSecret = !env.JWT_PUBLIC_KEY_FILE && !env.JWT_JWKS_FILE && !env.JWT_JWKS_URL;
  if (usesSecret && (!env.JWT_SECRET || env.JWT_SECRET === DEV_JWT_SECRET)) {
    problems.push('set JWT_PUBLIC_KEY_FILE, JWT_JWKS_FILE or a non-default JWT_SECRET in production');
  } else if (usesSecret && env.JWT_SECRET!.length < MIN_PRODUCTION_SECRET_LENGTH) {
    problems.push(`JWT_SECRET must be at least ${MIN_PRODUCTION_SECRET_LENGTH} characters`);
  }
  return problems;
}

/** In production the development secrets are refused: anyone could mint tokens with them. */
export function assertProductionSecrets(env: NodeJS.ProcessEnv = process.env): void {
  const problems = gatewaySecretProblems(env);
  if (problems.length > 0) throw new Error(problems.join('; '));
}
