import { readFileSync } from 'node:fs';
import { createLocalJWKSet, createRemoteJWKSet, importSPKI, type JWTVerifyGetKey, type KeyLike } from 'jose';

export const DEV_JWT_SECRET = 'dev-jwt-secret-change-me';

export type VerificationKey = { kind: 'secret'; key: Uint8Array } | { kind: 'public'; key: KeyLike } | { kind: 'jwks'; key: JWTVerifyGetKey };

/**
 * How the gateway checks tokens: RS256 with a PEM public key (JWT_PUBLIC_KEY_FILE) or a JWKS
 * file (JWT_JWKS_FILE) in production; HS256 with JWT_SECRET (a development default) otherwise.
 */
export async function loadVerificationKey(env: NodeJS.ProcessEnv = process.env): Promise<VerificationKey> {
  if (env.JWT_JWKS_FILE) {
    const jwks = JSON.parse(readFileSync(env.JWT_JWKS_FILE, 'utf8')) as Parameters<typeof createLocalJWKSet>[0];
    return { kind: 'jwks', key: createLocalJWKSet(jwks) };
  }
  if (env.JWT_JWKS_URL) return { kind: 'jwks', key: createRemoteJWKSet(new URL(env.JWT_JWKS_URL)) };
  if (env.JWT_PUBLIC_KEY_FILE) return { kind: 'public', key: await importSPKI(readFileSync(env.JWT_PUBLIC_KEY_FILE, 'utf8'), 'RS256') };
  return { kind: 'secret', key: new TextEncoder().encode(jwtSecret(env)) };
}

export function jwtSecret(env: NodeJS.ProcessEnv = process.env): string {
  return env.JWT_SECRET ?? DEV_JWT_SECRET;
}
