import { createHmac, timingSafeEqual } from 'node:crypto';
import { ExpiringCache } from '../cache/expiring-cache';
import { readSetting } from '../config/configuration';
import { DEVELOPMENT_INTERNAL_SECRET, INTERNAL_AUTH_SECRET } from '../config/process-settings';
import type { Identity } from './identity';

export const IDENTITY_HEADER = 'x-civic-identity';
const MAX_AGE_SECONDS = 60;

/**
 * INTERNAL_AUTH_SECRET as the environment has it now: the default of code not given its process's
 * configuration (tests signing headers, for one). Services pass the secret they read at start.
 */
export function internalSecret(): string {
  return readSetting(INTERNAL_AUTH_SECRET);
}

export function isDevelopmentSecret(secret: string): boolean {
  return secret === DEVELOPMENT_INTERNAL_SECRET;
}

/**
 * The gateway's signed statement of who is asking: base64url(JSON identity + issued-at) "." HMAC.
 * Subgraphs trust nothing else, so a request sent straight to a subgraph cannot act as anyone.
 */
export function signIdentity(identity: Identity, secret = internalSecret(), now = Date.now()): string {
  const payload = Buffer.from(JSON.stringify({ ...identity, iat: Math.floor(now / 1000) })).toString('base64url');
  return `${payload}.${mac(payload, secret)}`;
}

/** The identity in a header value, or null when it is missing, forged, malformed or stale. */
export function verifyIdentity(header: string | undefined, secret = internalSecret(), now = Date.now()): Identity | null {
  return verifiedStatement(header, secret, now)?.identity ?? null;
}

/** A genuine, fresh header's identity and when it was signed (epoch seconds); null for anything else. */
function verifiedStatement(header: string | undefined, secret: string, now: number): { identity: Identity; iat: number } | null {
  if (!header) return null;
  const [payload, signature, extra] = header.split('.');
  if (!payload || !signature || extra !== undefined) return null;
  const expected = Buffer.from(mac(payload, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const { iat, ...identity } = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Identity & { iat: number };
    if (typeof iat !== 'number' || Math.abs(now / 1000 - iat) > MAX_AGE_SECONDS) return null;
    if (typeof identity.role !== 'string' || typeof identity.subject !== 'string') return null;
    return { identity, iat };
  } catch {
    return null;
  }
}

function mac(payload: string, secret: string): string {
  return createHmac('sha256', secret).update(payload).digest('base64url');
}

/** How long a signed header is reused. */
const REUSE_MS = 10_000;

/**
 * `signIdentity` for the gateway's hot path: the header signed for an identity is reused for 10 s
 * (well inside the subgraphs' 60 s window) instead of an HMAC per subgraph fetch.
 */
export class IdentitySigner {
  private readonly signed = new ExpiringCache<string>();

  constructor(private readonly secret = internalSecret()) {}

  sign(identity: Identity, now = Date.now()): string {
    const key = JSON.stringify(identity);
    const known = this.signed.get(key, now);
    if (known) return known;
    const header = signIdentity(identity, this.secret, now);
    this.signed.set(key, header, now + REUSE_MS, now);
    return header;
  }
}

/**
 * `verifyIdentity` for a subgraph's hot path: a header already verified is not MAC'd again (the
 * gateway reuses each for seconds), and is remembered only while it is fresh.
 */
export class IdentityVerifier {
  private readonly verified = new ExpiringCache<Identity>();

  constructor(private readonly secret = internalSecret()) {}

  verify(header: string | undefined, now = Date.now()): Identity | null {
    if (!header) return null;
    const known = this.verified.get(header, now);
    if (known) return known;
    const statement = verifiedStatement(header, this.secret, now);
    if (!statement) return null;
    this.verified.set(header, statement.identity, (statement.iat + MAX_AGE_SECONDS) * 1000, now);
    return statement.identity;
  }
}
