import { randomBytes } from 'node:crypto';
import { Client, escapeLiteral } from 'pg';
import type { DataSource } from 'typeorm';
import { UNIT_TREE, UNIT_TREE_PUBLICATION, unitTreeReplicaStatements } from '@civic/org-tree';

export interface OrgTreeSubscriptionOptions {
  /** The org subgraph's database (ORG_TREE_SOURCE_URL), as both this process and this database's server reach it. */
  sourceUrl: string;
  /** How long the first copy of the tree may take (default 5 minutes). */
  initialCopyTimeoutMs?: number;
  log?: (line: string) => void;
}

/** Held while a database is prepared, so that subgraphs sharing it do not subscribe twice. */
const PREPARE_LOCK = "hashtext('civic_org_tree')";

/**
 * Makes this database receive the org tree from the org subgraph's database by logical
 * replication, before the subgraph migrates: a copy of org.org_unit's published columns with
 * org.unit_tree over it, and a subscription to the publication. The first time, it waits until the
 * whole tree has been copied, so migrations and seeds find every unit. Safe to run at every start.
 */
export async function subscribeToOrgTree(db: DataSource, options: OrgTreeSubscriptionOptions): Promise<void> {
  const runner = db.createQueryRunner();
  await runner.connect();
  try {
    await runner.query(`SELECT pg_advisory_lock(${PREPARE_LOCK})`);
    const [{ ownTree }] = (await runner.query(`SELECT to_regclass('org.migrations') IS NOT NULL AS "ownTree"`)) as { ownTree: boolean }[];
    if (ownTree) {
      throw new Error('ORG_TREE_SOURCE_URL is set, but this database holds the org subgraph itself: leave it unset here');
    }
    const existing = await subscriptionOf(runner);
    // A source that cannot publish is named before anything is written here.
    if (!existing) await onSource(options.sourceUrl, checkSource);
    for (const statement of unitTreeReplicaStatements()) await runner.query(statement);
    const name = existing ?? (await subscribe(runner, options.sourceUrl));
    if (!existing) options.log?.(`subscribed to the org tree of the org subgraph's database (${name}); copying it`);
    await initialCopy(runner, name, options.initialCopyTimeoutMs ?? 300000);
    if (!existing) {
      const [{ units }] = (await runner.query(`SELECT count(*)::int AS units FROM ${UNIT_TREE}`)) as { units: number }[];
      options.log?.(`org tree copied: ${units} units`);
    }
  } finally {
    await runner.query(`SELECT pg_advisory_unlock(${PREPARE_LOCK})`).catch(() => undefined);
    await runner.release();
  }
}

type Runner = ReturnType<DataSource['createQueryRunner']>;

/** Creates the slot on the source, then the subscription using it; a failure leaves no slot behind. */
async function subscribe(runner: Runner, sourceUrl: string): Promise<string> {
  const name = `${UNIT_TREE_PUBLICATION}_${randomBytes(6).toString('hex')}`;
  await onSource(sourceUrl, (source) => source.query(`SELECT pg_create_logical_replication_slot($1, 'pgoutput')`, [name]));
  try {
    // The slot exists already: a subscription that created its own would wait forever when both
    // databases are on one server (PostgreSQL's documented limitation).
    await runner.query(
      `CREATE SUBSCRIPTION ${name} CONNECTION ${escapeLiteral(sourceUrl)} PUBLICATION ${UNIT_TREE_PUBLICATION}
       WITH (create_slot = false, slot_name = '${name}', copy_data = true)`,
    );
  } catch (err) {
    await onSource(sourceUrl, (source) => source.query(`SELECT pg_drop_replication_slot($1)`, [name])).catch(() => undefined);
    throw err;
  }
  return name;
}

async function subscriptionOf(runner: Runner): Promise<string | undefined> {
  const rows = (await runner.query(
    `SELECT subname AS name FROM pg_subscription
     WHERE subdbid = (SELECT oid FROM pg_database WHERE datname = current_database()) AND $1 = ANY (subpublications)`,
    [UNIT_TREE_PUBLICATION],
  )) as { name: string }[];
  return rows[0]?.name;
}

async function onSource<T>(sourceUrl: string, work: (source: Client) => Promise<T>): Promise<T> {
  const source = new Client({ connectionString: sourceUrl, connectionTimeoutMillis: 10000 });
  await source.connect().catch((err: unknown) => {
    throw new Error(`ORG_TREE_SOURCE_URL: cannot reach the org subgraph's database: ${err instanceof Error ? err.message : String(err)}`);
  });
  try {
    return await work(source);
  } finally {
    await source.end();
  }
}

/** The org subgraph's database must publish the tree, from a server that writes logical WAL. */
async function checkSource(source: Client): Promise<void> {
  const { rows } = await source.query<{ walLevel: string; published: boolean }>(
    `SELECT current_setting('wal_level') AS "walLevel", EXISTS (SELECT 1 FROM pg_publication WHERE pubname = $1) AS published`,
    [UNIT_TREE_PUBLICATION],
  );
  if (!rows[0].published) {
    throw new Error(
      `ORG_TREE_SOURCE_URL: that database publishes no org tree (${UNIT_TREE_PUBLICATION}): migrate the org subgraph there first (PostgreSQL 15 or later)`,
    );
  }
  if (rows[0].walLevel !== 'logical') {
    throw new Error(`ORG_TREE_SOURCE_URL: that server runs at wal_level=${rows[0].walLevel}; publishing needs wal_level=logical`);
  }
}

/** Waits until every published table has been copied and the subscription streams changes. */
async function initialCopy(runner: Runner, name: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const [state] = (await runner.query(
      `SELECT count(*)::int AS tables, count(*) FILTER (WHERE r.srsubstate IN ('s', 'r'))::int AS copied
       FROM pg_subscription_rel r JOIN pg_subscription s ON s.oid = r.srsubid WHERE s.subname = $1`,
      [name],
    )) as { tables: number; copied: number }[];
    if (state.tables > 0 && state.copied === state.tables) return;
    if (Date.now() > deadline) throw new Error(`the org tree was not copied within ${timeoutMs / 1000} s (subscription ${name})`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
