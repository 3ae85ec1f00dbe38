import { Counter, Gauge } from 'prom-client';
import type { DataSource } from 'typeorm';
import type { QueryCounter } from '../database/query-counter';
import type { ServiceMetrics } from '@civic/runtime';

interface PoolCounts {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
  options?: { max?: number };
}

/**
 * A subgraph's database figures, read when Prometheus scrapes: the connection pool (open, idle,
 * requests waiting for a connection, maximum) and SQL statements executed (the QueryCounter the
 * tests use to prove batching).
 */
export function registerDatabaseMetrics(metrics: ServiceMetrics, dataSource: DataSource, queries: QueryCounter): void {
  const registers = [metrics.registry];
  const pool = () => (dataSource.driver as unknown as { master?: PoolCounts }).master;
  const gauge = (name: string, help: string, read: (p: PoolCounts) => number | undefined) =>
    new Gauge({
      name,
      help,
      registers,
      collect() {
        const p = pool();
        this.set(p ? (read(p) ?? 0) : 0);
      },
    });
  gauge('civic_db_pool_size', 'Open connections in the database pool (idle and in use)', (p) => p.totalCount);
  gauge('civic_db_pool_idle', 'Idle connections in the database pool', (p) => p.idleCount);
  gauge('civic_db_pool_waiting', 'Requests waiting for a database connection', (p) => p.waitingCount);
  gauge('civic_db_pool_max', 'Largest number of connections the pool opens', (p) => p.options?.max);
  let reported = 0;
  new Counter({
    name: 'civic_db_statements_total',
    help: 'SQL statements sent to the database',
    registers,
    collect() {
      const total = queries.total;
      if (total > reported) this.inc(total - reported);
      reported = total;
    },
  });
}
