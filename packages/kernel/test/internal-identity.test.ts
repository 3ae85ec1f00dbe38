import { signIdentity, verifyIdentity } from '../src/auth/internal-identity';

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
});
