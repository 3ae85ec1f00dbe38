import { describe, expect, it } from 'vitest';
import { ApiError } from '../src/api/api-error';
import { sessionOfToken } from '../src/auth/session';

function tokenWith(claims: Record<string, unknown>): string {
  const part = (value: unknown) => btoa(JSON.stringify(value)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
  return `${part({ alg: 'HS256' })}.${part(claims)}.signature`;
}

describe('sessionOfToken', () => {
  it('reads the role, org unit and expiry the gateway puts in a token', () => {
    const exp = Math.floor(Date.now() / 1000) + 3600;
    expect(sessionOfToken(tokenWith({ role: 'PROPAGANDA', org: '513426-ZX', sub: 'dev-propaganda', exp }))).toMatchObject({
      role: 'PROPAGANDA',
      orgUnitCode: '513426-ZX',
      subject: 'dev-propaganda',
      expiresAt: exp * 1000,
    });
  });

  it('refuses an expired token, an unknown role and text that is no token', () => {
    expect(sessionOfToken(tokenWith({ role: 'ANALYST', exp: Math.floor(Date.now() / 1000) - 1 }))).toBeNull();
    expect(sessionOfToken(tokenWith({ role: 'SUPERUSER' }))).toBeNull();
    expect(sessionOfToken('not-a-token')).toBeNull();
  });
});

describe('ApiError.fieldErrors', () => {
  it('puts each error that names an input value beside that field', () => {
    const error = new ApiError(
      [
        { message: 'hours must be at most 24', extensions: { code: 'BAD_USER_INPUT', argument: 'input.hours' } },
        { message: 'first must be 0..100', extensions: { code: 'BAD_USER_INPUT', argument: 'first' } },
        { message: 'sign in', extensions: { code: 'UNAUTHENTICATED' } },
      ],
      200,
    );
    expect(error.fieldErrors()).toEqual({ hours: 'hours must be at most 24', first: 'first must be 0..100' });
    expect(error.code).toBe('BAD_USER_INPUT');
  });
});
