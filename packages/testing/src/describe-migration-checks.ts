import { migrateSubgraphDatabase, type SubgraphDatabase, type SubgraphDefinition } from '@civic/subgraph-kit';
import { entitySchemaDrift, migratedDatabase, objectsInSchema, revertAllMigrations } from './migration-checks';
import { createScratchDatabase } from './test-database';

/**
 * The checks every subgraph's migrations and entities must pass, on an empty scratch database:
 * the entities agree with the migrated schema, and every migration goes down (leaving nothing, so
 * the functions of the subgraph's `.sql` files must be ones its migrations create and drop) and up again.
 * `prerequisites` are migrated first (the org subgraph, whose read model the others use).
 */
export function describeMigrationChecks(definition: SubgraphDefinition<unknown>, prerequisites: SubgraphDefinition<unknown>[] = []): void {
  describe(`${definition.name}: migrations and entities`, () => {
    let url: string;
    let database: SubgraphDatabase;
    beforeAll(async () => {
      url = await createScratchDatabase({ empty: true });
      database = await migratedDatabase(url, definition, prerequisites);
    });
    afterAll(() => database?.dataSource.destroy());

    it('the entities agree with the migrated schema', async () => {
      expect(await entitySchemaDrift(database.dataSource)).toEqual([]);
    });

    it('every migration goes down, leaving nothing behind, and up again to the same schema', async () => {
      const applied = definition.migrations.length;
      expect(await revertAllMigrations(database.dataSource)).toBe(applied);
      expect(await objectsInSchema(url, definition.schema)).toEqual([]);
      expect((await migrateSubgraphDatabase(database.dataSource, definition)).migrations).toHaveLength(applied);
      expect(await entitySchemaDrift(database.dataSource)).toEqual([]);
    });
  });
}
