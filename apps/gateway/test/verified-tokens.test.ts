import { VerifiedTokens } from '../src/auth/verified-tokens';

describe('tokens the gateway has verified', () => {
  const identity = { subject: 'analyst-1', role: 'ANALYST' as const };

  it('are remembered until they expire, and for a minute at most', () => {
    const tokens = new VerifiedTokens();
    const now = 1_800_000_000_000;
    tokens.remember('short', identity, now / 1000 + 5, now);
    tokens.remember('long', identity, now / 1000 + 3600, now);
    tokens.remember('no-exp', identity, undefined, now);
    expect(tokens.get('short', now + 4_000)).toEqual(identity);
    expect(tokens.get('short', now + 5_000)).toBeUndefined();
    expect(tokens.get('long', now + 59_000)).toEqual(identity);
    expect(tokens.get('long', now + 60_000)).toBeUndefined();
    expect(tokens.get('no-exp', now + 60_000)).toBeUndefined();
    expect(tokens.get('never-seen', now)).toBeUndefined();
  });

  it('never remembers a token that has already expired', () => {
    const tokens = new VerifiedTokens();
    const now = 1_800_000_000_000;
    tokens.remember('stale', identity, now / 1000 - 1, now);
    expect(tokens.get('stale', now)).toBeUndefined();
  });
});
