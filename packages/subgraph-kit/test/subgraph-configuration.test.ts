import { defineConfiguration, defineSetting, positiveInteger } from '@civic/runtime';
import { loadSubgraphConfiguration, subgraphConfiguration, subgraphOwnSettings, type SubgraphDefinition } from '../src';

const WIDGETS = defineSetting({
  name: 'CIVIC_TEST_WIDGETS',
  readBy: ['S (test)'],
  meaning: 'widgets',
  parser: positiveInteger,
  fallback: 3,
});

function definitionWith(settings?: SubgraphDefinition<unknown>['settings']): SubgraphDefinition<unknown> {
  return {
    name: 'test',
    schema: 'test',
    defaultPort: 4999,
    sdlPath: '/nowhere',
    entities: [],
    migrations: [],
    buildSchema: () => Promise.reject(new Error('not built in this test')),
    createLoaders: () => ({}),
    settings,
  };
}

describe("a subgraph's configuration", () => {
  it('has the documented defaults', () => {
    expect(subgraphConfiguration.load({})).toEqual({
      production: false,
      logLevel: 'info',
      shutdownDrainMs: 10000,
      internalAuthSecret: 'dev-internal-secret-change-me',
      host: '0.0.0.0',
      port: undefined,
      databaseUrl: undefined,
      databaseReplicaUrls: [],
      embeddedPgPort: 54329,
      pgDataDir: undefined,
      migrateOnStart: true,
      yearsPerPartition: 10,
      piiEncryptionKey: 'dev-pii-encryption-key-change-me',
      piiHashKey: 'dev-pii-hash-key-change-me',
    });
  });

  it('takes whole years per partition, one or more', () => {
    expect(subgraphConfiguration.load({ DATABASE_YEARS_PER_PARTITION: '1' }).yearsPerPartition).toBe(1);
    for (const wrong of ['0', '-2', '1.5', 'ten'])
      expect(() => subgraphConfiguration.load({ DATABASE_YEARS_PER_PARTITION: wrong })).toThrow(/DATABASE_YEARS_PER_PARTITION/);
  });

  it('takes every yes/no word for MIGRATE_ON_START', () => {
    for (const word of ['0', 'no', 'off', 'false', 'OFF'])
      expect(subgraphConfiguration.load({ MIGRATE_ON_START: word }).migrateOnStart).toBe(false);
    for (const word of ['1', 'yes', 'on', 'true']) expect(subgraphConfiguration.load({ MIGRATE_ON_START: word }).migrateOnStart).toBe(true);
  });

  it('reads the replicas of DATABASE_REPLICA_URLS, and refuses what is not a PostgreSQL URL', () => {
    expect(
      subgraphConfiguration.load({ DATABASE_REPLICA_URLS: ' postgres://r1:5432/civic, postgresql://r2/civic ,' }).databaseReplicaUrls,
    ).toEqual(['postgres://r1:5432/civic', 'postgresql://r2/civic']);
    expect(() => subgraphConfiguration.load({ DATABASE_REPLICA_URLS: 'r1:5432' })).toThrow(
      'DATABASE_REPLICA_URLS must be postgres:// URLs',
    );
  });

  it("reads the org subgraph's database of ORG_TREE_SOURCE_URL, unset by default, and refuses what is not a PostgreSQL URL", () => {
    expect(subgraphConfiguration.load({}).orgTreeSourceUrl).toBeUndefined();
    expect(subgraphConfiguration.load({ ORG_TREE_SOURCE_URL: ' postgres://org-db:5432/civic ' }).orgTreeSourceUrl).toBe(
      'postgres://org-db:5432/civic',
    );
    expect(() => subgraphConfiguration.load({ ORG_TREE_SOURCE_URL: 'org-db:5432' })).toThrow(
      'ORG_TREE_SOURCE_URL must be a postgres:// URL',
    );
  });

  it("reads a subgraph's own settings with the kit's, naming every bad one at once", () => {
    const applied: number[] = [];
    const own = subgraphOwnSettings(defineConfiguration({ widgets: WIDGETS }), (values) => applied.push(values.widgets));
    const definition = definitionWith(own);
    expect(loadSubgraphConfiguration(definition, { CIVIC_TEST_WIDGETS: '5' })).toMatchObject({ widgets: 5, migrateOnStart: true });
    expect(() => loadSubgraphConfiguration(definition, { CIVIC_TEST_WIDGETS: 'none', MIGRATE_ON_START: 'maybe', PORT: 'x' })).toThrow(
      'PORT must be a port number (0 to 65535), got "x"; MIGRATE_ON_START must be true or false, got "maybe"; CIVIC_TEST_WIDGETS must be a positive integer, got "none"',
    );
    expect(applied).toEqual([]);
  });
});
