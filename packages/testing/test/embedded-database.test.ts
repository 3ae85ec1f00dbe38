import { Client } from 'pg';
import { testDatabaseUrl } from '../src/test-database';
import { checkDatabaseReachable, describeDatabase } from '@civic/subgraph-kit';

describe('database connection', () => {
  it('gets a real, empty PostgreSQL database for the run (embedded when DATABASE_URL is unset)', async () => {
    const client = new Client({ connectionString: testDatabaseUrl() });
    await client.connect();
    try {
      const { rows } = await client.query(
        `SELECT current_database() AS db, count(*)::int AS tables FROM information_schema.tables WHERE table_schema = 'public'`,
      );
      expect(rows[0].db).toMatch(/^civic_test_/);
      expect(rows[0].tables).toBe(0);
    } finally {
      await client.end();
    }
  });

  it('fails fast with one line naming the host when the database is unreachable', async () => {
    const started = Date.now();
    await expect(checkDatabaseReachable('postgres://postgres:secret@127.0.0.1:1/nowhere', 3000)).rejects.toThrow(
      'cannot reach PostgreSQL at 127.0.0.1:1/nowhere: connection refused',
    );
    expect(Date.now() - started).toBeLessThan(5000);
    expect(describeDatabase('postgres://u:secret@db.example:6543/x')).toBe('db.example:6543/x');
  });
});
