import type { MigrationInterface, QueryRunner } from 'typeorm';
import { addNameSearch, dropNameSearch, installNameSearch, uninstallNameSearch, type SearchableName } from '@civic/subgraph-kit';

const PROGRAM_TITLES: SearchableName = { schema: 'training', table: 'training_program', column: 'title' };

/**
 * Daily work on programs and sessions (issue #19): a version on every edited row, cancellation
 * with its reason (the row stays, for history), and search by Chinese title or pinyin served by a
 * trigram index.
 */
export class TrainingDailyWork1764375100000 implements MigrationInterface {
  name = 'TrainingDailyWork1764375100000';

  async up(q: QueryRunner): Promise<void> {
    for (const table of ['training_program', 'training_session']) {
      await q.query(`
        ALTER TABLE training.${table}
          ADD COLUMN version int NOT NULL DEFAULT 1,
          ADD COLUMN cancelled_at timestamptz,
          ADD COLUMN cancellation_reason text,
          ADD CONSTRAINT ${table}_cancellation_reason CHECK ((cancelled_at IS NULL) = (cancellation_reason IS NULL))`);
    }
    await installNameSearch(q, 'training');
    await addNameSearch(q, PROGRAM_TITLES);
  }

  async down(q: QueryRunner): Promise<void> {
    await dropNameSearch(q, PROGRAM_TITLES);
    await uninstallNameSearch(q, 'training');
    for (const table of ['training_session', 'training_program']) {
      await q.query(`
        ALTER TABLE training.${table}
          DROP CONSTRAINT ${table}_cancellation_reason,
          DROP COLUMN cancellation_reason, DROP COLUMN cancelled_at, DROP COLUMN version`);
    }
  }
}
