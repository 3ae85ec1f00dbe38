import { readFileSync } from 'node:fs';
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
      cpuDetail: cpuDetail(),
      cores: cpus().length,
      memoryGiB: Math.round(totalmem() / 2 ** 30),
      os: `${osType()} ${release()}`,
      node: process.version,
      postgres: version,
      postgresEmbedded: embedded,
      postgresSettings: Object.fromEntries(settings.rows.map((r) => [r.name, `${r.setting}${r.unit ? ` ${r.unit}` : ''}`])),
      loadAverageAtStart: loadavg().map((x) => Math.round(x * 100) / 100),
      note: 'load generator (autocannon), both gateways, the five subgraphs and PostgreSQL share these cores',
    };
  } finally {
    await client.end();
  }
}

/**
 * Family, model and BogoMIPS from /proc/cpuinfo (Linux), or null elsewhere: virtual machines report a
 * bare "AMD EPYC" for CPU generations that ran this bench at up to three times each other's speed.
 */
function cpuDetail(): string | null {
  let info: string;
  try {
    info = readFileSync('/proc/cpuinfo', 'utf8');
  } catch {
    return null;
  }
  const field = (name: string) => new RegExp(`^${name}\\s*: (.*)$`, 'm').exec(info)?.[1]?.trim();
  const parts = [
    ['family', field('cpu family')],
    ['model', field('model')],
    ['bogomips', field('bogomips')],
  ].filter(([, v]) => v);
  return parts.length ? parts.map(([k, v]) => `${k} ${v}`).join(', ') : null;
}
