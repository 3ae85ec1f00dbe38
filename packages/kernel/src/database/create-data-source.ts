import { Client } from 'pg';
import { DataSource, type MixedList, type EntitySchema } from 'typeorm';
import { QueryCounter } from './query-counter';

export interface SubgraphDatabaseOptions {
  url: string;
  /** The Postgres schema this subgraph owns; its migrations table lives there too. */
  schema: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
  poolSize?: number;
}

export interface SubgraphDatabase {
  dataSource: DataSource;
  queries: QueryCounter;
}

/** Creates (and initialises) the TypeORM DataSource of one subgraph, in its own schema. */
export async function createSubgraphDatabase(options: SubgraphDatabaseOptions): Promise<SubgraphDatabase> {
  await ensureSchema(options.url, options.schema);
  const queries = new QueryCounter();
  const dataSource = new DataSource({
    type: 'postgres',
    url: options.url,
    schema: options.schema,
    entities: options.entities,
    migrations: options.migrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: ['query'],
    logger: queries,
    extra: { max: options.poolSize ?? 10, connectionTimeoutMillis: 5000, application_name: `civic-${options.schema}` },
  });
  await dataSource.initialize();
  return { dataSource, queries };
}

/** The migrations table lives in the subgraph's schema, so the schema must exist before TypeORM looks. */
async function ensureSchema(url: string, schema: string): Promise<void> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  client.on('error', () => undefined);
  await client.connect();
  try {
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${client.escapeIdentifier(schema)}`);
  } catch (err) {
    // Two processes racing to create the same schema: the loser sees a unique violation.
    if ((err as { code?: string }).code !== '23505') throw err;
  } finally {
    await client.end();
  }
}
