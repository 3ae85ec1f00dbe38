import type { ServerResponse } from 'node:http';
import type { DataSource } from 'typeorm';
import { sendJson, type Route } from '@civic/runtime';

const DATABASE_CHECK_TIMEOUT_MS = 2000;

/**
 * A subgraph's health endpoints:
 *   GET /health/live   the process is up and answering (restart it when this fails)
 *   GET /health/ready  it can serve: the database answers `SELECT 1` within 2 s (route traffic elsewhere when this fails);
 *                      with read replicas, a replica answering is enough: queries are still served while the
 *                      primary restarts, and every instance shares the primary, so failing them all helps nobody
 *   GET /health        the same as ready (kept for the launcher and existing checks)
 */
export function subgraphHealthRoutes(service: string, db: DataSource, reading: DataSource = db): Record<string, Route> {
  const ready: Route = (_req, res) => sendReadiness(res, service, reading === db ? [db] : [db, reading]);
  return {
    'GET /health': ready,
    'GET /health/ready': ready,
    'GET /health/live': (_req, res) => sendJson(res, 200, { status: 'ok', service }),
  };
}

async function sendReadiness(res: ServerResponse, service: string, databases: DataSource[]): Promise<void> {
  try {
    await Promise.any(databases.map((db) => withTimeout(db.query('SELECT 1'), DATABASE_CHECK_TIMEOUT_MS)));
    sendJson(res, 200, { status: 'ok', service });
  } catch {
    sendJson(res, 503, { status: 'unavailable', service, reason: 'database unreachable' });
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), ms);
    promise.then(
      (value) => (clearTimeout(timer), resolve(value)),
      (err: unknown) => (clearTimeout(timer), reject(err)),
    );
  });
}
