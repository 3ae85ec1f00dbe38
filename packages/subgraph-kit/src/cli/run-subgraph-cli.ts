import { writeFileSync } from 'node:fs';
import { printSubgraphSchema } from '@apollo/subgraph';
import { createLogger, intFromEnv, lifecycleLogger, type Logger } from '@civic/runtime';
import { assertSubgraphSecrets, personalDataKeyProblems } from '../config/subgraph-secrets';
import { createSubgraphDatabase } from '../database/create-data-source';
import { serviceDatabase } from '../database/service-database';
import type { SubgraphDefinition } from '../server/subgraph-definition';
import { startSubgraph } from '../server/start-subgraph';

const USAGE = 'usage: cli.js serve | migrate | seed | sdl';

/**
 * The command line every subgraph package exposes as `dist/cli.js`:
 *   serve    migrate, then serve on PORT (default: the subgraph's own port)
 *   migrate  run pending migrations and exit
 *   seed     migrate, load the demo data once, exit
 *   sdl      write the subgraph SDL to the package's schema.graphql, or with --stdout print it (no database needed)
 * serve, migrate and seed log JSON lines (LOG_LEVEL) and refuse development secrets in production.
 * Failures print one line and exit non-zero.
 */
export async function runSubgraphCli<TLoaders>(definition: SubgraphDefinition<TLoaders>, argv = process.argv.slice(2)): Promise<void> {
  const command = argv[0];
  let logger: Logger | undefined;
  try {
    switch (command) {
      case 'serve':
        logger = createLogger(definition.name);
        return await serve(definition, logger);
      case 'migrate':
      case 'seed':
        logger = createLogger(definition.name);
        return await migrateAndSeed(definition, command === 'seed', lifecycleLogger(logger));
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
    const message = `${definition.name}: ${err instanceof Error ? err.message : String(err)}`;
    if (logger) logger.fatal(message);
    else console.error(message);
    process.exit(1);
  }
}

async function serve<TLoaders>(definition: SubgraphDefinition<TLoaders>, logger: Logger): Promise<void> {
  assertSubgraphSecrets();
  const lifecycle = lifecycleLogger(logger);
  const database = await serviceDatabase((line) => lifecycle.info(line));
  const running = await startSubgraph(definition, {
    databaseUrl: database.url,
    port: intFromEnv('PORT', definition.defaultPort),
    migrate: process.env.MIGRATE_ON_START !== 'false',
    logger,
  }).catch(async (err: unknown) => {
    await database.stop();
    throw err;
  });
  lifecycle.info(`${definition.name} subgraph ready at ${running.url}`);
  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    lifecycle.info(`${definition.name} subgraph stopping`);
    await running.stop();
    await database.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown());
  process.on('SIGTERM', () => void shutdown());
}

async function migrateAndSeed<TLoaders>(definition: SubgraphDefinition<TLoaders>, seed: boolean, logger: Logger): Promise<void> {
  // Seeding encrypts ID numbers and migrations may too: never with the development keys in production.
  const problems = personalDataKeyProblems();
  if (problems.length > 0) throw new Error(problems.join('; '));
  const database = await serviceDatabase();
  try {
    const { dataSource } = await createSubgraphDatabase({
      url: database.url,
      schema: definition.schema,
      entities: definition.entities,
      migrations: definition.migrations,
      logger,
    });
    try {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      logger.info(`${definition.name}: ${applied.length} migration(s) applied`);
      if (seed && definition.seedDemo) {
        const loaded = await definition.seedDemo(dataSource);
        logger.info(`${definition.name}: demo data ${loaded ? 'loaded' : 'already present'}`);
      }
    } finally {
      await dataSource.destroy();
    }
  } finally {
    await database.stop();
  }
}
