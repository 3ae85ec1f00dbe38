import { adminRows, postgresBinaries, startReplicatedPostgres, type ReplicatedPostgres } from '@civic/testing';
import { callAs, type Caller } from './support/callers';
import { startTestPlatform, type TestPlatform } from './support/platform';
import { startSubgraphProcess, type OwnTestSubgraph } from './support/subgraph-processes';

/**
 * Read replicas (issue #23, item 3): the org subgraph over a primary with a streaming replica
 * (DATABASE_REPLICA_URLS). A query through the gateway is answered from the replica, seen in the
 * replica's own statistics and still answered while the primary is down; a mutation is written
 * on the primary. Needs the machine's PostgreSQL binaries (pg_basebackup); skipped without them.
 */
const ADMIN: Caller = { role: 'ADMIN', subject: 'replica-admin' };
const CODE = '513426-RR';
const CREATE = `mutation($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { id name } }`;
const READ = `query($code: String!) { orgUnitByCode(code: $code) { name level } }`;

let cluster: ReplicatedPostgres;
let org: OwnTestSubgraph;
let platform: TestPlatform;

/** Index and sequential scans of the org subgraph's tables, as a server's statistics count them. */
async function orgTableScans(url: string): Promise<number> {
  const [row] = await adminRows<{ scans: string }>(
    url,
    `SELECT coalesce(sum(coalesce(seq_scan, 0) + coalesce(idx_scan, 0)), 0)::text AS scans FROM pg_stat_user_tables WHERE schemaname = 'org'`,
  );
  return Number(row.scans);
}

/** Rows inserted into the org subgraph's tables, as a server's statistics count them. */
async function orgTableInserts(url: string): Promise<number> {
  const [row] = await adminRows<{ n: string }>(
    url,
    `SELECT coalesce(sum(n_tup_ins), 0)::text AS n FROM pg_stat_user_tables WHERE schemaname = 'org'`,
  );
  return Number(row.n);
}

/** Statistics reach the views when a backend flushes them: within seconds, not at once. */
async function eventually(check: () => Promise<boolean>, ms = 20000): Promise<boolean> {
  for (const start = Date.now(); Date.now() - start < ms; await new Promise((resolve) => setTimeout(resolve, 250))) {
    if (await check()) return true;
  }
  return false;
}

(postgresBinaries() ? describe : describe.skip)('reads from a streaming replica, writes to the primary (读写分离)', () => {
  beforeAll(async () => {
    cluster = (await startReplicatedPostgres())!;
    org = await startSubgraphProcess('org', cluster.primaryUrl, undefined, { DATABASE_REPLICA_URLS: cluster.replicaUrl });
    platform = await startTestPlatform({ gateway: { subgraphUrls: { org: org.url } } });
  }, 120000);
  afterAll(async () => {
    await platform?.stop();
    await org?.service.stop();
    await cluster?.stop();
  });

  it('writes a mutation on the primary', async () => {
    const insertsBefore = await orgTableInserts(cluster.primaryUrl);
    const created = await callAs(platform.gateway.url, ADMIN, CREATE, { input: { name: '读写分离测试中心', code: CODE, level: 'CENTER' } });
    expect(created.errors).toBeUndefined();
    const [row] = await adminRows<{ name: string }>(cluster.primaryUrl, `SELECT name FROM org.org_unit WHERE code = $1`, [CODE]);
    expect(row.name).toBe('读写分离测试中心');
    const inserted = await eventually(async () => (await orgTableInserts(cluster.primaryUrl)) > insertsBefore);
    expect(inserted).toBe(true);
  }, 60000);

  it('answers a query from the replica, as its statistics show', async () => {
    await cluster.caughtUp();
    const scansBefore = await orgTableScans(cluster.replicaUrl);
    const read = await callAs(platform.gateway.url, ADMIN, READ, { code: CODE });
    expect(read.errors).toBeUndefined();
    expect(read.data).toEqual({ orgUnitByCode: { name: '读写分离测试中心', level: 'CENTER' } });
    expect(await eventually(async () => (await orgTableScans(cluster.replicaUrl)) > scansBefore)).toBe(true);
  }, 60000);

  it('keeps answering queries, and stays ready, while the primary is down; a mutation then fails with a clear error', async () => {
    await cluster.stopPrimary();
    try {
      const read = await callAs(platform.gateway.url, ADMIN, READ, { code: CODE });
      expect(read.errors).toBeUndefined();
      expect(read.data).toEqual({ orgUnitByCode: { name: '读写分离测试中心', level: 'CENTER' } });
      const write = await callAs(platform.gateway.url, ADMIN, CREATE, {
        input: { name: '主库停机时新建', code: '513426-RX', level: 'CENTER' },
      });
      expect(write.data).toBeNull();
      expect(write.errors?.[0].extensions?.code).toBe('SERVICE_UNAVAILABLE');
      // A load balancer keeps sending it queries: it is ready while a replica answers.
      expect((await fetch(new URL('/health/ready', org.url))).status).toBe(200);
    } finally {
      await cluster.startPrimary();
    }
  }, 60000);
});
