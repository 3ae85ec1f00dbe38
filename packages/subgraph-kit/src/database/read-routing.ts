import { getOperationAST, parse } from 'graphql';
import type { DataSource, QueryRunner } from 'typeorm';

/** What reading through an entity goes through; TypeORM sends such reads to a replica of `replicas`. */
const ENTITY_READ_MEMBERS = new Set<string | symbol>(['getRepository', 'getTreeRepository', 'manager', 'createQueryBuilder']);

/**
 * The primary's DataSource reading from streaming replicas, for requests of queries alone.
 * `replicas` is a DataSource with TypeORM's `replication` settings (the primary as master, the
 * replicas as slaves): its entity reads go to a replica by TypeORM's own default, and a plain
 * `query()` is sent to one here, since TypeORM sends those to the master. Transactions and every
 * other member stay the primary's. One per process, so caches keyed by DataSource keep working.
 */
export function replicaReadingDataSource(primary: DataSource, replicas: DataSource): DataSource {
  const queryOnReplica = async (sql: string, params?: unknown[]): Promise<unknown> => {
    const runner = replicas.createQueryRunner('slave');
    try {
      return await runner.query(sql, params);
    } finally {
      await runner.release();
    }
  };
  const query = (sql: string, params?: unknown[], runner?: QueryRunner) =>
    runner ? primary.query(sql, params, runner) : queryOnReplica(sql, params);
  return new Proxy(primary, {
    get(target, property) {
      if (property === 'query') return query;
      const source = ENTITY_READ_MEMBERS.has(property) ? replicas : target;
      const value: unknown = Reflect.get(source, property);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(source) : value;
    },
  });
}

/**
 * Whether an HTTP request's body (one operation, or a batch) holds queries alone, so it may be
 * answered from a replica. A mutation, and whatever its request reads (the answer it returns
 * included), stays on the primary: a replica may not have replayed the write yet. Anything not
 * understood here (no document text, a syntax error Apollo will report) counts as not read-only.
 */
export function holdsQueriesOnly(body: unknown): boolean {
  const operations = Array.isArray(body) ? body : [body];
  return operations.length > 0 && operations.every(isQuery);
}

function isQuery(operation: unknown): boolean {
  if (typeof operation !== 'object' || operation === null) return false;
  const { query, operationName } = operation as { query?: unknown; operationName?: unknown };
  if (typeof query !== 'string') return false;
  try {
    const ast = getOperationAST(parse(query, { noLocation: true }), typeof operationName === 'string' ? operationName : undefined);
    return ast?.operation === 'query';
  } catch {
    return false;
  }
}
