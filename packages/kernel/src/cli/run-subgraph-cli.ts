import { writeFileSync } from 'node:fs';
import { printSubgraphSchema } from '@apollo/subgraph';
import { intFromEnv } from '../config/env';
import { createSubgraphDatabase } from '../database/create-data-source';
import { ensureDatabase } from '../database/ensure-database';
import type { SubgraphDefinition } from '../server/subgraph-definition';
import { startSubgraph } from '../server/start-subgraph';
import { internalSecret, isDevelopmentSecret } from '../auth/internal-identity';
import { assertProductionPersonalDataKeys } from '../pii/personal-data-cipher';

const USAGE = 'usage: cli.js serve | migrate | seed | sdl';

/**
 * The command line every subgraph package exposes as `dist/cli.js`:
 *   serve    migrate, then serve on PORT (default: the subgraph's own port)
 *   migrate  run pending migrations and exit
 *   seed     migrate, load the demo data once, exit
 *   sdl      write the subgraph SDL to the package's schema.graphql, or with --stdout print it (no database needed)
 * Failures print one line and exit non-zero.
 */
export async function runSubgraphCli<TLoaders>(definition: SubgraphDefinition<TLoaders>, argv = process.argv.slice(2)): Promise<void> {
  const command = argv[0];
  try {
    switch (command) {
      case 'serve':
        return await serve(definition);
      case 'migrate':
      case 'seed':
        return await migrateAndSeed(definition, command === 'seed');
      case 'sdl': {
        const sdl = printSubgraphSchema(await definition.buildSchema()) + '\n';
        if (argv.includes('--stdout')) {
          process.stdout.write(sdl);
          return;
        }
        writeFileSync(definition.sdlPath, sdl);
        console.log(`${definition.name}: wrote ${definition.sdlPath}`);
        return;
      }
      default:
        console.error(USAGE);
        process.exitCode = 2;
    }
  } catch (err) {
    console.error(`${definition.name}: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  }
}

async function serve<TLoaders>(definition: SubgraphDefinition<TLoaders>): Promise<void> {
  assertProductionPersonalDataKeys();
  if (process.env.NODE_ENV === 'production' && isDevelopmentSecret(internalSecret())) throw new Error('INTERNAL_AUTH_SECRET must be set in production');
  const database = await ensureDatabase((line) => console.log(`${definition.name}: ${line}`));
  const running = await startSubgraph(definition, {
    databaseUrl: database.url,
    port: intFromEnv('PORT', definition.defaultPort),
    migrate: process.env.MIGRATE_ON_START !== 'false',
  }).catch(async (err: unknown) => {
    await database.stop();
    throw err;
  });
  console.log(`${definition.name} subgraph ready at ${running.url}`);
  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    await running.stop();
    await database.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown());
  process.on('SIGTERM', () => void shutdown());
}

async function migrateAndSeed<TLoaders>(definition: SubgraphDefinition<TLoaders>, seed: boolean): Promise<void> {
  const database = await ensureDatabase();
  try {
    const { dataSource } = await createSubgraphDatabase({
      url: database.url,
      schema: definition.schema,
      entities: definition.entities,
      migrations: definition.migrations,
    });
    try {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      console.log(`${definition.name}: ${applied.length} migration(s) applied`);
      if (seed && definition.seedDemo) {
        const loaded = await definition.seedDemo(dataSource);
        console.log(`${definition.name}: demo data ${loaded ? 'loaded' : 'already present'}`);
      }
    } finally {
      await dataSource.destroy();
    }
  } finally {
    await database.stop();
  }
}
