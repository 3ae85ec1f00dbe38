import { SignJWT } from 'jose';
import type { Role } from '@civic/runtime';
import { jwtSecret } from './jwt-keys';

export interface TokenRequest {
  role: Exclude<Role, 'ANONYMOUS'>;
  orgUnitCode?: string;
  volunteerId?: string;
  subject?: string;
  expiresIn?: string;
}

/** A development token, HS256-signed with JWT_SECRET (or the development default). */
export function signDevToken(request: TokenRequest, secret = jwtSecret()): Promise<string> {
  const claims: Record<string, string> = { role: request.role };
  if (request.orgUnitCode) claims.org = request.orgUnitCode;
  if (request.volunteerId) claims.vol = request.volunteerId;
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(request.subject ?? `dev-${request.role.toLowerCase()}`)
    .setIssuedAt()
    .setExpirationTime(request.expiresIn ?? '12h')
    .sign(new TextEncoder().encode(secret));
}
