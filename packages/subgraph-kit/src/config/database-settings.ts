import { defineConfiguration, defineSetting, portNumber, positiveInteger, postgresUrl, postgresUrlList, text } from '@civic/runtime';
import { DEFAULT_YEARS_PER_PARTITION } from '../database/year-partitions/year-partitioned-table';

export const DATABASE_URL = defineSetting({
  name: 'DATABASE_URL',
  readBy: ['S', 'L'],
  meaning:
    'PostgreSQL to use; every subgraph gets its own schema (`org`, `volunteers`, `campaigns`, `training`, `workspace`, `community`, `assessment`)',
  parser: text,
  shownDefault: 'unset: embedded PostgreSQL',
});

export const EMBEDDED_PG_PORT = defineSetting({
  name: 'EMBEDDED_PG_PORT',
  readBy: ['S', 'L'],
  meaning: 'port of the embedded PostgreSQL',
  parser: portNumber,
  fallback: 54329,
});

/** Unset, the development database package keeps its data in the repository's .data/postgres. */
export const PG_DATA_DIR = defineSetting({
  name: 'PG_DATA_DIR',
  readBy: ['S', 'L'],
  meaning: 'data folder of the embedded PostgreSQL',
  parser: text,
  shownDefault: '`.data/postgres`',
});

export const DATABASE_REPLICA_URLS = defineSetting({
  name: 'DATABASE_REPLICA_URLS',
  readBy: ['S'],
  meaning:
    'read-only streaming replicas of DATABASE_URL, comma-separated: a subgraph answers queries from them (one picked per statement) and sends mutations, their reads and the audit rows of unmasked reads to DATABASE_URL',
  parser: postgresUrlList,
  fallback: [],
  shownDefault: 'unset: none, everything on DATABASE_URL',
});

export const ORG_TREE_SOURCE_URL = defineSetting({
  name: 'ORG_TREE_SOURCE_URL',
  readBy: ['S'],
  meaning:
    "the org subgraph's database, for a subgraph on a database of its own: before migrating, it subscribes its database to the org tree published there (logical replication; that server needs wal_level=logical, and both this process and this database's server must reach it by this URL)",
  parser: postgresUrl,
  shownDefault: 'unset: the org tree is read from DATABASE_URL, where the org subgraph lives',
});

export const DATABASE_YEARS_PER_PARTITION = defineSetting({
  name: 'DATABASE_YEARS_PER_PARTITION',
  readBy: ['S'],
  meaning:
    'years each new partition of service records and campaign events spans (the first holds everything before its end); a county records ~40,000 services a year, so one partition holds decades; a national database records ~186 M a year and wants 1 (see docs/scaling.md)',
  parser: positiveInteger,
  fallback: DEFAULT_YEARS_PER_PARTITION,
});

/** Which database a process uses: DATABASE_URL, or else an embedded PostgreSQL (where it listens and keeps its data). */
export const DATABASE_LOCATION_SETTINGS = {
  databaseUrl: DATABASE_URL,
  embeddedPgPort: EMBEDDED_PG_PORT,
  pgDataDir: PG_DATA_DIR,
};

export const databaseLocationConfiguration = defineConfiguration(DATABASE_LOCATION_SETTINGS);

export type DatabaseLocation = ReturnType<typeof databaseLocationConfiguration.load>;
