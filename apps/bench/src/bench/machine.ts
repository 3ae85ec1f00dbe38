import { cpus, loadavg, release, totalmem, type as osType } from 'node:os';
import { Client } from 'pg';

/** What the figures were measured on. */
export async function describeMachine(databaseUrl: string, embedded: boolean): Promise<Record<string, unknown>> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const settings = await client.query<{ name: string; setting: string; unit: string | null }>(
      `SELECT name, setting, unit FROM pg_settings WHERE name IN ('shared_buffers', 'work_mem', 'max_connections', 'synchronous_commit')`,
    );
    const version = (await client.query<{ version: string }>(`SELECT version()`)).rows[0].version;
    return {
      cpu: cpus()[0]?.model ?? 'unknown',
      cores: cpus().length,
      memoryGiB: Math.round(totalmem() / 2 ** 30),
      os: `${osType()} ${release()}`,
      node: process.version,
      postgres: version,
      postgresEmbedded: embedded,
      postgresSettings: Object.fromEntries(settings.rows.map((r) => [r.name, `${r.setting}${r.unit ? ` ${r.unit}` : ''}`])),
      loadAverageAtStart: loadavg().map((x) => Math.round(x * 100) / 100),
      note: 'load generator (autocannon), both gateways, the four subgraphs and PostgreSQL share these cores',
    };
  } finally {
    await client.end();
  }
}
