import type { MigrationInterface, QueryRunner } from 'typeorm';
import { addNameSearch, dropNameSearch, installNameSearch, uninstallNameSearch, type SearchableName } from '@civic/subgraph-kit';

const SEARCHABLE: SearchableName[] = [
  { schema: 'workspace', table: 'saved_view', column: 'name' },
  { schema: 'workspace', table: 'saved_query', column: 'name' },
];

/**
 * What the console saves: views (看板) and analysts' queries (分析查询). The owner unit is an org
 * unit id from the org subgraph (referenced by id only: it lives in another schema); null for
 * records saved by unscoped roles. The text checks repeat the API's, so no writer stores a
 * definition that is not a JSON object or a record past its size.
 */
export class CreateWorkspaceSchema1764375200000 implements MigrationInterface {
  name = 'CreateWorkspaceSchema1764375200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE workspace.seed_runs (name text PRIMARY KEY, ran_at timestamptz NOT NULL DEFAULT now())`);
    await q.query(`
      CREATE TABLE workspace.saved_view (
        id serial PRIMARY KEY,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 60 AND name = btrim(name)),
        description text CHECK (length(description) <= 500),
        definition text NOT NULL CHECK (octet_length(definition) <= 65536 AND jsonb_typeof(definition::jsonb) = 'object'),
        owner_unit_id int,
        created_by text,
        share_key text UNIQUE,
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX saved_view_owner_idx ON workspace.saved_view (owner_unit_id)`);
    await q.query(`
      CREATE TABLE workspace.saved_query (
        id serial PRIMARY KEY,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 60 AND name = btrim(name)),
        description text CHECK (length(description) <= 500),
        query text NOT NULL CHECK (octet_length(query) <= 102400 AND length(btrim(query)) > 0),
        variables text CHECK (octet_length(variables) <= 65536 AND jsonb_typeof(variables::jsonb) = 'object'),
        owner_unit_id int,
        created_by text,
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX saved_query_owner_idx ON workspace.saved_query (owner_unit_id)`);
    await installNameSearch(q, 'workspace');
    for (const searchable of SEARCHABLE) await addNameSearch(q, searchable);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const searchable of [...SEARCHABLE].reverse()) await dropNameSearch(q, searchable);
    await uninstallNameSearch(q, 'workspace');
    await q.query(`DROP TABLE workspace.saved_query`);
    await q.query(`DROP TABLE workspace.saved_view`);
    await q.query(`DROP TABLE workspace.seed_runs`);
  }
}
