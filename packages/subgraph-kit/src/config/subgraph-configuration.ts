import { defineConfiguration, defineSetting, LISTEN_SETTINGS, PROCESS_SETTINGS, yesNo } from '@civic/runtime';
import { PERSONAL_DATA_KEY_SETTINGS } from '../pii/personal-data-keys';
import { DATABASE_LOCATION_SETTINGS, DATABASE_REPLICA_URLS, DATABASE_YEARS_PER_PARTITION, ORG_TREE_SOURCE_URL } from './database-settings';

export const MIGRATE_ON_START = defineSetting({
  name: 'MIGRATE_ON_START',
  readBy: ['S'],
  meaning: 'a subgraph runs its pending migrations before serving (`npm start` migrates first and sets `false`)',
  parser: yesNo,
  fallback: true,
});

/** What every subgraph process reads (`cli.js serve`, `migrate`, `seed`); PORT unset means the subgraph's own port. */
export const subgraphConfiguration = defineConfiguration({
  ...PROCESS_SETTINGS,
  ...LISTEN_SETTINGS,
  ...DATABASE_LOCATION_SETTINGS,
  databaseReplicaUrls: DATABASE_REPLICA_URLS,
  orgTreeSourceUrl: ORG_TREE_SOURCE_URL,
  yearsPerPartition: DATABASE_YEARS_PER_PARTITION,
  migrateOnStart: MIGRATE_ON_START,
  ...PERSONAL_DATA_KEY_SETTINGS,
});

export type SubgraphConfig = ReturnType<typeof subgraphConfiguration.load>;
