import { isDevelopmentSecret } from '../auth/internal-identity';

/** Shortest secret or key accepted in production (a guessable one is as bad as the development default). */
export const MIN_PRODUCTION_SECRET_LENGTH = 16;

export function isProduction(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.NODE_ENV === 'production';
}

/** INTERNAL_AUTH_SECRET (gateway and subgraphs): set, not the development default, not trivially short. */
export function internalSecretProblems(env: NodeJS.ProcessEnv = process.env): string[] {
  if (!isProduction(env)) return [];
  const secret = env.INTERNAL_AUTH_SECRET;
  if (!secret || isDevelopmentSecret(secret)) return ['INTERNAL_AUTH_SECRET must be set in production'];
  if (secret.length < MIN_PRODUCTION_SECRET_LENGTH) return [`INTERNAL_AUTH_SECRET must be at least ${MIN_PRODUCTION_SECRET_LENGTH} characters`];
  return [];
}
