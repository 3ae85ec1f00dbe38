import { signDevToken } from '@civic/gateway';
import { BALANCED_GATEWAY } from './balancer';

/** One request of the load, as its client saw it. */
export interface Outcome {
  /** Milliseconds since the load started, when the answer (or the failure) came. */
  at: number;
  kind: 'write' | 'read';
  ok: boolean;
  /** What went wrong, e.g. `HTTP 502` or a GraphQL error code. */
  error?: string;
}

/** A recordService the gateway acknowledged. */
export interface AcknowledgedWrite {
  id: string;
  key: string;
  hours: number;
  status: string;
}

const RECORD = `mutation TopologyRecord($input: RecordServiceInput!) { recordService(input: $input) { id hours status } }`;
const FIGURES = `query TopologyFigures { orgUnitByCode(code: "513426-ZX") { volunteerStats(scope: SUBTREE) { serviceHours } } }`;

export class Load {
  readonly outcomes: Outcome[] = [];
  readonly acknowledged: AcknowledgedWrite[] = [];
  /** Writes whose answer never came or was an error: they may or may not be stored. */
  readonly unanswered: { key: string; input: Record<string, unknown> }[] = [];
  private writes = 0;
  private running = false;
  private started = 0;
  private workers: Promise<void>[] = [];

  constructor(
    private readonly volunteerIds: number[],
    private readonly runId: string,
  ) {}

  get elapsed(): number {
    return performance.now() - this.started;
  }

  async start(concurrency: number): Promise<void> {
    const token = await this.token();
    this.running = true;
    this.started = performance.now();
    this.workers = Array.from({ length: concurrency }, (_, i) => this.work(token, i));
  }

  async stop(): Promise<void> {
    this.running = false;
    await Promise.all(this.workers);
  }

  private async work(token: string, worker: number): Promise<void> {
    for (let n = 0; this.running; n += 1) {
      if ((n + worker) % 2 === 0) await this.write(token);
      else await this.read(token);
    }
  }

  private async write(token: string): Promise<void> {
    const k = this.writes++;
    const volunteer = this.volunteerIds[k % this.volunteerIds.length];
    // Two days back, then 7 minutes earlier each time round the volunteers: slots never overlap.
    const start = Math.floor((Date.now() - 2 * 86_400_000) / 60_000) * 60_000 - Math.floor(k / this.volunteerIds.length) * 7 * 60_000;
    const key = `topology-${this.runId}-${k}`;
    const input = {
      volunteerId: String(volunteer),
      startedAt: new Date(start).toISOString(),
      endedAt: new Date(start + 6 * 60_000).toISOString(),
      description: '拓扑演练服务记录',
      idempotencyKey: key,
    };
    const answer = await this.call<{ recordService: AcknowledgedWrite }>(token, RECORD, { input }, 'write');
    if (answer) this.acknowledged.push({ ...answer.recordService, key });
    else this.unanswered.push({ key, input });
  }

  /** How many writes the load sent, each under a key of its own. */
  get writesSent(): number {
    return this.writes;
  }

  /**
   * Sends every failed write again, as a client would, with its idempotency key: one whose first
   * try was stored after all is answered with that record, not stored twice. Returns how many were
   * acknowledged now; the retries are not counted in the outcomes.
   */
  async retryUnanswered(): Promise<number> {
    const token = await this.token();
    let acknowledged = 0;
    for (const { key, input } of this.unanswered.splice(0)) {
      const answer = await this.call<{ recordService: AcknowledgedWrite }>(token, RECORD, { input }, 'write', false);
      if (answer) {
        this.acknowledged.push({ ...answer.recordService, key });
        acknowledged += 1;
      } else this.unanswered.push({ key, input });
    }
    return acknowledged;
  }

  private async read(token: string): Promise<void> {
    await this.call(token, FIGURES, {}, 'read');
  }

  /** The county's approved service hours as the API reports them (outside the load's own figures). */
  async countyHours(): Promise<number> {
    const data = await this.call<{ orgUnitByCode: { volunteerStats: { serviceHours: number } } }>(
      await this.token(),
      FIGURES,
      {},
      'read',
      false,
    );
    if (!data) throw new Error("the county's figures failed");
    return data.orgUnitByCode.volunteerStats.serviceHours;
  }

  private token(): Promise<string> {
    return signDevToken({ role: 'ADMIN', subject: `topology-${this.runId}` });
  }

  private async call<T>(token: string, query: string, variables: unknown, kind: Outcome['kind'], counted = true): Promise<T | undefined> {
    let error: string | undefined;
    let data: T | undefined;
    try {
      const res = await fetch(BALANCED_GATEWAY, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(10000),
      });
      const body = (await res.json().catch(() => undefined)) as { data?: T; errors?: { extensions?: { code?: string } }[] } | undefined;
      if (!res.ok && !body?.errors) error = `HTTP ${res.status}`;
      else if (body?.errors?.length) error = body.errors[0].extensions?.code ?? 'GraphQL error';
      else data = body?.data;
    } catch (err) {
      error = err instanceof Error ? (err.name === 'TimeoutError' ? 'timeout' : err.message) : String(err);
    }
    if (counted) this.outcomes.push({ at: this.elapsed, kind, ok: error === undefined, error });
    return data;
  }
}
