import { internalSecret, isDevelopmentSecret } from '@civic/kernel';
import { DEV_JWT_SECRET } from './jwt-keys';

/** In production the development secrets are refused: anyone could mint tokens with them. */
export function assertProductionSecrets(env: NodeJS.ProcessEnv = process.env): void {
  if (env.NODE_ENV !== 'production') return;
  if (isDevelopmentSecret(internalSecret())) throw new Error('INTERNAL_AUTH_SECRET must be set in production');
  const usesSecret = !env.JWT_PUBLIC_KEY_FILE && !env.JWT_JWKS_FILE && !env.JWT_JWKS_URL;
  if (usesSecret && (!env.JWT_SECRET || env.JWT_SECRET === DEV_JWT_SECRET)) {
    throw new Error('set JWT_PUBLIC_KEY_FILE, JWT_JWKS_FILE or a non-default JWT_SECRET in production');
  }
}
