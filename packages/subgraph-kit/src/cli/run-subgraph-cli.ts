import { writeFileSync } from 'node:fs';
import { printSubgraphSchema } from '@apollo/subgraph';
import { createLogger, lifecycleLogger, type Logger } from '@civic/runtime';
import { applySubgraphConfiguration, loadSubgraphConfiguration } from '../config/load-subgraph-configuration';
import type { SubgraphConfig } from '../config/subgraph-configuration';
import { personalDataKeyProblems, subgraphSecretProblems } from '../config/subgraph-secrets';
import { createSubgraphDatabase } from '../database/create-data-source';
import { migrateSubgraphDatabase } from '../database/migrate-subgraph-database';
import { configuredDatabase, serviceDatabase, type DatabaseHandle } from '../database/service-database';
import type { SubgraphDefinition } from '../server/subgraph-definition';
import { startSubgraph } from '../server/start-subgraph';

const USAGE = 'usage: cli.js serve | migrate | seed | sdl';

/**
 * The command line every subgraph package exposes as `dist/cli.js`:
 *   serve    migrate, then serve on PORT (default: the subgraph's own port)
 *   migrate  run pending migrations, apply the SQL definitions, exit
 *   seed     migrate, load the demo data once, exit
 *   sdl      write the subgraph SDL to the package's schema.graphql, or with --stdout print it (no database needed)
 * serve, migrate and seed read every setting once, first (one line names every bad one), log JSON
 * lines (LOG_LEVEL) and refuse development secrets in production. Failures print one line and exit non-zero.
 */
export async function runSubgraphCli<TLoaders>(definition: SubgraphDefinition<TLoaders>, argv = process.argv.slice(2)): Promise<void> {
  const command = argv[0];
  let logger: Logger | undefined;
  try {
    switch (command) {
      case 'serve':
      case 'migrate':
      case 'seed': {
        // migrate and seed serve nothing: in production only the keys they encrypt ID numbers with must be real.
        const config = loadSubgraphConfiguration(
          definition,
          process.env,
          command === 'serve' ? subgraphSecretProblems : personalDataKeyProblems,
        );
        logger = createLogger(definition.name, { level: config.logLevel, production: config.production });
        if (command === 'serve') return await serve(definition, config, logger);
        return await migrateAndSeed(definition, config, command === 'seed', lifecycleLogger(logger));
      }
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

async function serve<TLoaders>(definition: SubgraphDefinition<TLoaders>, config: SubgraphConfig, logger: Logger): Promise<void> {
  const lifecycle = lifecycleLogger(logger);
  const database = await databaseOf(config, (line) => lifecycle.info(line));
  const running = await startSubgraph(definition, {
    databaseUrl: database.url,
    port: config.port ?? definition.defaultPort,
    migrate: config.migrateOnStart,
    logger,
    configuration: config,
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

async function migrateAndSeed<TLoaders>(
  definition: SubgraphDefinition<TLoaders>,
  config: SubgraphConfig,
  seed: boolean,
  logger: Logger,
): Promise<void> {
  applySubgraphConfiguration(definition, config);
  const database = await databaseOf(config);
  try {
    const { dataSource } = await createSubgraphDatabase({
      url: database.url,
      schema: definition.schema,
      entities: definition.entities,
      migrations: definition.migrations,
      logger,
    });
    try {
      const applied = await migrateSubgraphDatabase(dataSource, definition, {
        orgTreeSourceUrl: config.orgTreeSourceUrl,
        yearsPerPartition: config.yearsPerPartition,
        log: (line) => logger.info(`${definition.name}: ${line}`),
      });
      logger.info(
        `${definition.name}: ${applied.migrations.length} migration(s) applied, ${applied.sqlFiles.length} SQL definition file(s) applied` +
          (applied.partitions.length ? `, partitions added: ${applied.partitions.join(', ')}` : ''),
      );
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

/** DATABASE_URL as read at start; without it, the development database (an embedded PostgreSQL). */
function databaseOf(config: SubgraphConfig, log?: (line: string) => void): Promise<DatabaseHandle> {
  return config.databaseUrl ? configuredDatabase(config.databaseUrl) : serviceDatabase(log);
}
