import type { MigrationInterface, QueryRunner } from 'typeorm';
import { addNameSearch, dropNameSearch, installNameSearch, uninstallNameSearch, type SearchableName } from '@civic/subgraph-kit';

const UNIT_NAMES: SearchableName = { schema: 'org', table: 'org_unit', column: 'name' };
const VENUE_NAMES: SearchableName = { schema: 'org', table: 'venue', column: 'name' };

/**
 * Daily work on units and venues (issue #19): a version on every edited row, so an edit made on a
 * stale copy is refused, and search by Chinese name or pinyin served by a trigram index.
 */
export class OrgDailyWork1764375100000 implements MigrationInterface {
  name = 'OrgDailyWork1764375100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE org.org_unit ADD COLUMN version int NOT NULL DEFAULT 1`);
    await q.query(`ALTER TABLE org.venue ADD COLUMN version int NOT NULL DEFAULT 1`);
    await installNameSearch(q, 'org');
    await addNameSearch(q, UNIT_NAMES);
    await addNameSearch(q, VENUE_NAMES);
  }

  async down(q: QueryRunner): Promise<void> {
    await dropNameSearch(q, VENUE_NAMES);
    await dropNameSearch(q, UNIT_NAMES);
    await uninstallNameSearch(q, 'org');
    await q.query(`ALTER TABLE org.venue DROP COLUMN version`);
    await q.query(`ALTER TABLE org.org_unit DROP COLUMN version`);
  }
}
