import { defineSetting, text } from '@civic/runtime';

export const DEVELOPMENT_JWT_SECRET = 'dev-jwt-secret-change-me';

export const JWT_SECRET = defineSetting({
  name: 'JWT_SECRET',
  readBy: ['G', 'L'],
  meaning: 'HS256 secret the gateway verifies tokens with. Production: required (at least 16 characters) unless a key below is set',
  parser: text,
  fallback: DEVELOPMENT_JWT_SECRET,
  shownDefault: 'a development secret',
});

export const JWT_PUBLIC_KEY_FILE = defineSetting({
  name: 'JWT_PUBLIC_KEY_FILE',
  readBy: ['G', 'L'],
  meaning: 'RS256 public key (PEM, SPKI) that verifies tokens',
  parser: text,
});

export const JWT_JWKS_FILE = defineSetting({
  name: 'JWT_JWKS_FILE',
  readBy: ['G', 'L'],
  meaning: 'JWKS file whose keys verify tokens',
  parser: text,
});

export const JWT_JWKS_URL = defineSetting({
  name: 'JWT_JWKS_URL',
  readBy: ['G', 'L'],
  meaning: 'JWKS URL (fetched and cached by the gateway) whose keys verify tokens',
  parser: text,
});

/** What verifies the gateway's tokens (the launcher reads them too, to refuse development secrets before starting anything). */
export const TOKEN_KEY_SETTINGS = {
  jwtSecret: JWT_SECRET,
  jwtPublicKeyFile: JWT_PUBLIC_KEY_FILE,
  jwtJwksFile: JWT_JWKS_FILE,
  jwtJwksUrl: JWT_JWKS_URL,
};

export interface TokenKeys {
  jwtSecret: string;
  jwtPublicKeyFile?: string;
  jwtJwksFile?: string;
  jwtJwksUrl?: string;
}
