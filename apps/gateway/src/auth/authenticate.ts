import { jwtVerify, errors as joseErrors, type JWTPayload } from 'jose';
import { ANONYMOUS, isRole, unauthenticated, type Identity } from '@civic/runtime';
import type { VerificationKey } from './jwt-keys';
import type { VerifiedTokens } from './verified-tokens';

const ROLES_NEEDING_SCOPE = new Set(['ORG_ADMIN', 'OPERATOR', 'PROPAGANDA']);

/**
 * The identity behind an `Authorization: Bearer <JWT>` header; no header means ANONYMOUS.
 * Every way a token can be wrong is UNAUTHENTICATED with a reason, never a crash. With `verified`,
 * a token verified before (and not yet expired) is not verified again.
 */
export async function authenticate(authorization: string | undefined, key: VerificationKey, verified?: VerifiedTokens): Promise<Identity> {
  if (!authorization) return ANONYMOUS;
  const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
  if (!match) throw withStatus(unauthenticated('Authorization header must be "Bearer <token>"'));
  const known = verified?.get(match[1]);
  if (known) return known;
  let payload: JWTPayload;
  try {
    const options = { algorithms: key.kind === 'secret' ? ['HS256'] : ['RS256'] };
    payload = (key.kind === 'jwks' ? await jwtVerify(match[1], key.key, options) : await jwtVerify(match[1], key.key, options)).payload;
  } catch (err) {
    throw withStatus(unauthenticated(reason(err)));
  }
  const { sub, role, org, vol } = payload as JWTPayload & { role?: unknown; org?: unknown; vol?: unknown };
  if (!isRole(role)) throw withStatus(unauthenticated('token carries no valid role'));
  if (ROLES_NEEDING_SCOPE.has(role) && typeof org !== 'string')
    throw withStatus(unauthenticated(`a ${role} token must name its org unit (org)`));
  if (role === 'VOLUNTEER' && typeof vol !== 'string') throw withStatus(unauthenticated('a VOLUNTEER token must name its volunteer (vol)'));
  const identity: Identity = {
    subject: typeof sub === 'string' ? sub : role.toLowerCase(),
    role,
    ...(typeof org === 'string' ? { orgUnitCode: org } : {}),
    ...(typeof vol === 'string' ? { volunteerId: vol } : {}),
  };
  verified?.remember(match[1], identity, payload.exp);
  return identity;
}

function reason(err: unknown): string {
  if (err instanceof joseErrors.JWTExpired) return 'token has expired';
  if (err instanceof joseErrors.JWSSignatureVerificationFailed) return 'token signature is not valid';
  if (err instanceof joseErrors.JOSEAlgNotAllowed) return 'token is signed with an algorithm this server does not accept';
  if (err instanceof joseErrors.JWTClaimValidationFailed) return `token claim "${err.claim}" is not valid`;
  return 'token is malformed';
}

function withStatus<E extends { extensions: Record<string, unknown> }>(error: E): E {
  error.extensions.http = { status: 401 };
  return error;
}
