import { signIdentity, type Identity } from '@civic/runtime';
import { signDevToken } from '@civic/gateway';
import type { BenchSecrets } from './bench-secrets';

const RESIGN_MS = 20_000;

/**
 * Who the bench acts as: an ADMIN (reads everything, writes anywhere). Through our gateway it sends
 * a JWT signed with the run's JWT_SECRET; straight to a subgraph, and through the peer gateway
 * (which forwards the header), the gateway's signed identity header, re-signed every 20 s
 * because subgraphs refuse one older than 60 s.
 */
export class BenchIdentity {
  private signedAt = 0;
  private header = '';
  private readonly identity: Identity;

  private constructor(
    private readonly secrets: BenchSecrets,
    readonly subject: string,
    private readonly token: string,
  ) {
    this.identity = { subject, role: 'ADMIN' };
  }

  static async create(secrets: BenchSecrets, subject: string): Promise<BenchIdentity> {
    const token = await signDevToken({ role: 'ADMIN', subject, expiresIn: '6h' }, secrets.jwtSecret);
    return new BenchIdentity(secrets, subject, token);
  }

  gatewayHeaders(): Record<string, string> {
    return { authorization: `Bearer ${this.token}` };
  }

  internalHeaders(): Record<string, string> {
    const now = Date.now();
    if (now - this.signedAt > RESIGN_MS) {
      this.header = signIdentity(this.identity, this.secrets.internalSecret, now);
      this.signedAt = now;
    }
    return { 'x-civic-identity': this.header };
  }
}
