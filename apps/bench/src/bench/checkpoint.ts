import { Client } from 'pg';

/**
 * A CHECKPOINT before each scenario, so no scenario pays for the WAL the previous one wrote (a
 * checkpoint forced mid-run by the write scenarios slowed whichever scenario came next). Needs a
 * superuser or the pg_checkpoint role; without them the run goes on unsettled.
 */
export async function checkpoint(databaseUrl: string): Promise<boolean> {
  const client = new Client({ connectionString: databaseUrl, application_name: 'civic-bench' });
  try {
    await client.connect();
    await client.query('CHECKPOINT');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}
