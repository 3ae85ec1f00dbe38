import { orgSubgraph } from '@civic/org';
import { createSubgraphDatabase, migrateSubgraphDatabase, type SubgraphDatabase } from '@civic/subgraph-kit';
import { createScratchDatabase, freePort, queryTestDatabase } from '@civic/testing';
import { volunteersSubgraph } from '../src';

/**
 * ORG_TREE_SOURCE_URL that cannot work is refused with a message that says why, before anything is
 * written to the subscribing database. (The working path, across two servers, is the gateway's
 * own-databases test: it needs a server at wal_level=logical.)
 */
const opened: SubgraphDatabase[] = [];

async function databaseOf(definition: typeof orgSubgraph | typeof volunteersSubgraph, url: string): Promise<SubgraphDatabase> {
  const database = await createSubgraphDatabase({
    url,
    schema: definition.schema,
    entities: definition.entities,
    migrations: definition.migrations,
  });
  opened.push(database);
  return database;
}

afterAll(async () => {
  await Promise.all(opened.map((database) => database.destroy()));
});

async function orgSchemaOf(url: string): Promise<string[]> {
  const rows = await queryTestDatabase<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'org' ORDER BY 1`,
    [],
    url,
  );
  return rows.map((r) => r.name);
}

describe('a subgraph told to subscribe to the org tree (ORG_TREE_SOURCE_URL)', () => {
  it('refuses a source server that cannot publish it (wal_level below logical), having written nothing', async () => {
    const source = await createScratchDatabase({ empty: true });
    await migrateSubgraphDatabase((await databaseOf(orgSubgraph, source)).dataSource, orgSubgraph);
    const [{ level }] = await queryTestDatabase<{ level: string }>(`SELECT current_setting('wal_level') AS level`, [], source);
    // A server already at wal_level=logical would publish: the refusal cannot be shown on it.
    if (level === 'logical') return;
    const target = await createScratchDatabase({ empty: true });
    const volunteers = await databaseOf(volunteersSubgraph, target);
    const migrating = migrateSubgraphDatabase(volunteers.dataSource, volunteersSubgraph, { orgTreeSourceUrl: source });
    await expect(migrating).rejects.toThrow(
      `ORG_TREE_SOURCE_URL: that server runs at wal_level=${level}; publishing needs wal_level=logical`,
    );
    expect(await orgSchemaOf(target)).toEqual([]);
  }, 60000);

  it('refuses a database where the org subgraph has not been migrated', async () => {
    const source = await createScratchDatabase({ empty: true });
    const volunteers = await databaseOf(volunteersSubgraph, await createScratchDatabase({ empty: true }));
    await expect(migrateSubgraphDatabase(volunteers.dataSource, volunteersSubgraph, { orgTreeSourceUrl: source })).rejects.toThrow(
      'ORG_TREE_SOURCE_URL: that database publishes no org tree (civic_org_tree): migrate the org subgraph there first',
    );
  });

  it('refuses a source it cannot reach, naming it as the org subgraph’s database', async () => {
    const volunteers = await databaseOf(volunteersSubgraph, await createScratchDatabase({ empty: true }));
    const nowhere = `postgres://postgres@127.0.0.1:${await freePort()}/civic`;
    await expect(migrateSubgraphDatabase(volunteers.dataSource, volunteersSubgraph, { orgTreeSourceUrl: nowhere })).rejects.toThrow(
      "ORG_TREE_SOURCE_URL: cannot reach the org subgraph's database",
    );
  });

  it('is refused for the org subgraph itself, and on the database that holds it', async () => {
    const shared = await createScratchDatabase({ empty: true });
    const org = await databaseOf(orgSubgraph, shared);
    await expect(migrateSubgraphDatabase(org.dataSource, orgSubgraph, { orgTreeSourceUrl: shared })).rejects.toThrow(
      'ORG_TREE_SOURCE_URL: the org subgraph publishes the org tree; leave it unset for org',
    );
    await migrateSubgraphDatabase(org.dataSource, orgSubgraph);
    const volunteers = await databaseOf(volunteersSubgraph, shared);
    await expect(migrateSubgraphDatabase(volunteers.dataSource, volunteersSubgraph, { orgTreeSourceUrl: shared })).rejects.toThrow(
      'this database holds the org subgraph itself',
    );
  }, 60000);
});
