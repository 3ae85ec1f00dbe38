import { DEVELOPMENT_INTERNAL_SECRET } from './process-settings';

/** Shortest secret or key accepted in production (a guessable one is as bad as the development default). */
export const MIN_PRODUCTION_SECRET_LENGTH = 16;

/** What is wrong with one secret in production: still the development default (so unset), or trivially short. */
export function productionSecretProblems(name: string, value: string, developmentValue: string): string[] {
  if (value === developmentValue) return [`${name} must be set in production`];
  if (value.length < MIN_PRODUCTION_SECRET_LENGTH) return [`${name} must be at least ${MIN_PRODUCTION_SECRET_LENGTH} characters`];
  return [];
}

/** INTERNAL_AUTH_SECRET (gateway, subgraphs, launcher); nothing is asked outside production. */
export function internalSecretProblems(config: { production: boolean; internalAuthSecret: string }): string[] {
  if (!config.production) return [];
  return productionSecretProblems('INTERNAL_AUTH_SECRET', config.internalAuthSecret, DEVELOPMENT_INTERNAL_SECRET);
}
