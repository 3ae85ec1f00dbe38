import { readFileSync } from 'node:fs';
import { readSetting } from '@civic/runtime';
import { createLocalJWKSet, createRemoteJWKSet, importSPKI, type JWTVerifyGetKey, type KeyLike } from 'jose';
import { JWT_SECRET, type TokenKeys } from './token-key-settings';

export type VerificationKey =
  { kind: 'secret'; key: Uint8Array } | { kind: 'public'; key: KeyLike } | { kind: 'jwks'; key: JWTVerifyGetKey };

/**
 * How the gateway checks tokens: RS256 with a PEM public key (JWT_PUBLIC_KEY_FILE) or a JWKS
 * file or URL (JWT_JWKS_FILE, JWT_JWKS_URL) in production; HS256 with JWT_SECRET (a development default) otherwise.
 */
export async function loadVerificationKey(keys: TokenKeys): Promise<VerificationKey> {
  if (keys.jwtJwksFile) {
    const jwks = JSON.parse(readFileSync(keys.jwtJwksFile, 'utf8')) as Parameters<typeof createLocalJWKSet>[0];
    return { kind: 'jwks', key: createLocalJWKSet(jwks) };
  }
  if (keys.jwtJwksUrl) return { kind: 'jwks', key: createRemoteJWKSet(new URL(keys.jwtJwksUrl)) };
  if (keys.jwtPublicKeyFile) return { kind: 'public', key: await importSPKI(readFileSync(keys.jwtPublicKeyFile, 'utf8'), 'RS256') };
  return { kind: 'secret', key: new TextEncoder().encode(keys.jwtSecret) };
}

/** JWT_SECRET as the environment has it now, for development tokens signed outside a configured process (`npm run token`, tests). */
export function jwtSecret(): string {
  return readSetting(JWT_SECRET);
}
