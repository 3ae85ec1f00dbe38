import { internalSecretProblems, productionSecretProblems } from '@civic/runtime';
import { DEVELOPMENT_JWT_SECRET, type TokenKeys } from './token-key-settings';

/** What is wrong with the gateway's secrets in production (nothing elsewhere). */
export function gatewaySecretProblems(config: TokenKeys & { production: boolean; internalAuthSecret: string }): string[] {
  if (!config.production) return [];
  const problems = internalSecretProblems(config);
  const usesSecret = !config.jwtPublicKeyFile && !config.jwtJwksFile && !config.jwtJwksUrl;
  if (usesSecret && config.jwtSecret === DEVELOPMENT_JWT_SECRET) {
    problems.push('set JWT_PUBLIC_KEY_FILE, JWT_JWKS_FILE or a non-default JWT_SECRET in production');
  } else if (usesSecret) {
    problems.push(...productionSecretProblems('JWT_SECRET', config.jwtSecret, DEVELOPMENT_JWT_SECRET));
  }
  return problems;
}
