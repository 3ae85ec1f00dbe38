import { IdentitySigner, IdentityVerifier, signIdentity, verifyIdentity } from '../src/auth/internal-identity';

describe('the identity the gateway signs for the subgraphs', () => {
  const identity = { subject: 'u1', role: 'OPERATOR' as const, orgUnitCode: '513426100001-SJZ' };

  it('verifies what was signed with the same secret', () => {
    expect(verifyIdentity(signIdentity(identity, 's3cret'), 's3cret')).toEqual(identity);
  });

  it('rejects another secret, a tampered payload, a stale or future statement, and garbage', () => {
    const header = signIdentity(identity, 's3cret');
    expect(verifyIdentity(header, 'other')).toBeNull();
    const [, mac] = header.split('.');
    const raised = Buffer.from(JSON.stringify({ ...identity, role: 'ADMIN', iat: Math.floor(Date.now() / 1000) })).toString('base64url');
    expect(verifyIdentity(`${raised}.${mac}`, 's3cret')).toBeNull();
    expect(verifyIdentity(signIdentity(identity, 's3cret', Date.now() - 120_000), 's3cret')).toBeNull();
    expect(verifyIdentity(signIdentity(identity, 's3cret', Date.now() + 120_000), 's3cret')).toBeNull();
    for (const junk of [undefined, '', 'a', 'a.b.c', '..', 'e30.e30']) expect(verifyIdentity(junk, 's3cret')).toBeNull();
  });

  it('reuses a signed header for a few seconds per identity, then signs afresh', () => {
    const signer = new IdentitySigner('s3cret');
    const now = Date.now();
    const first = signer.sign(identity, now);
    expect(signer.sign({ ...identity }, now + 5_000)).toBe(first);
    expect(signer.sign({ ...identity, role: 'ADMIN' }, now + 5_000)).not.toBe(first);
    const later = signer.sign(identity, now + 11_000);
    expect(later).not.toBe(first);
    expect(verifyIdentity(later, 's3cret', now + 11_000)).toEqual(identity);
  });

  it('remembers verified headers but still refuses them once stale, and never remembers a refusal', () => {
    const verifier = new IdentityVerifier('s3cret');
    const now = Date.now();
    const header = signIdentity(identity, 's3cret', now);
    expect(verifier.verify(header, now)).toEqual(identity);
    expect(verifier.verify(header, now + 30_000)).toEqual(identity);
    expect(verifier.verify(header, now + 61_000)).toBeNull();
    const forged = signIdentity(identity, 'other', now);
    expect(verifier.verify(forged, now)).toBeNull();
    expect(verifier.verify(forged, now)).toBeNull();
    expect(verifier.verify(undefined, now)).toBeNull();
  });
});
