import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Publishes the org tree for subgraphs on databases of their own (logical replication): the
 * columns of org.org_unit that org.unit_tree shows, version 1 of the read model. A subscriber
 * needs this server at wal_level=logical; without subscribers the publication costs nothing.
 * Column lists need PostgreSQL 15; older servers get no publication and keep the shared database.
 */
export class PublishUnitTree1764377200000 implements MigrationInterface {
  name = 'PublishUnitTree1764377200000';

  async up(q: QueryRunner): Promise<void> {
    const [{ version }] = (await q.query(`SELECT current_setting('server_version_num')::int AS version`)) as { version: number }[];
    if (version < 150000) return;
    await q.query(`CREATE PUBLICATION civic_org_tree FOR TABLE org.org_unit (id, parent_id, path, depth, level, code, name, closed_on)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP PUBLICATION IF EXISTS civic_org_tree`);
  }
}
