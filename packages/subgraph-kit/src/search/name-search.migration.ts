import type { QueryRunner } from 'typeorm';
import { pinyinSyllables } from './pinyin-syllables';

/** Where a searchable name lives: `schema.table.column`; the table gains a `search_key` column. */
export interface SearchableName {
  schema: string;
  table: string;
  column: string;
}

/**
 * Installs name search in a subgraph's schema: a table of the pinyin of every common Han
 * character and the functions that spell a name in pinyin. A name's search key is its full pinyin
 * and its pinyin initials, e.g. 会东县 → "huidongxian hdx"; the key is plain ASCII, so a trigram
 * index serves it whatever locale the database was created with (pg_trgm ignores Han characters
 * under the C locale).
 */
export async function installNameSearch(runner: QueryRunner, schema: string): Promise<void> {
  // Subgraphs migrate side by side at start: two concurrent CREATE EXTENSIONs would collide.
  await runner.query(`SELECT pg_advisory_xact_lock(hashtext('civic:create-extension:pg_trgm'))`);
  await runner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public`);
  await runner.query(`CREATE TABLE "${schema}".pinyin_syllable (character text PRIMARY KEY, syllable text NOT NULL)`);
  const syllables = pinyinSyllables();
  await runner.query(`INSERT INTO "${schema}".pinyin_syllable (character, syllable) SELECT * FROM unnest($1::text[], $2::text[])`, [
    syllables.map(([character]) => character),
    syllables.map(([, syllable]) => syllable),
  ]);
  await runner.query(spellingFunction(schema, 'pinyin_spelling', 'p.syllable'));
  await runner.query(spellingFunction(schema, 'pinyin_initials', 'left(p.syllable, 1)'));
  await runner.query(`
    CREATE FUNCTION "${schema}".name_search_key(name text) RETURNS text LANGUAGE sql STABLE PARALLEL SAFE AS $$
      SELECT "${schema}".pinyin_spelling(name) || ' ' || "${schema}".pinyin_initials(name)
    $$`);
  await runner.query(`
    CREATE FUNCTION "${schema}".set_name_search_key() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      NEW.search_key := "${schema}".name_search_key(to_jsonb(NEW) ->> TG_ARGV[0]);
      RETURN NEW;
    END $$`);
}

/**
 * Spells a text letter by letter: Han characters by `syllable` (of pinyin_syllable p), letters and
 * digits lower-cased, the rest dropped. Each character is looked up by the primary key; a join of
 * the split text with the whole table cost about 5 ms a name (90,000 volunteers seeded in 7 min
 * instead of 13 s).
 */
function spellingFunction(schema: string, name: string, syllable: string): string {
  return `
    CREATE FUNCTION "${schema}".${name}(text) RETURNS text LANGUAGE sql STABLE PARALLEL SAFE AS $$
      SELECT coalesce(string_agg(s.part, '' ORDER BY s.i), '')
      FROM (SELECT t.i, coalesce((SELECT ${syllable} FROM "${schema}".pinyin_syllable p WHERE p.character = t.c),
                                 CASE WHEN t.c ~ '^[A-Za-z0-9]$' THEN lower(t.c) END) AS part
            FROM regexp_split_to_table($1, '') WITH ORDINALITY AS t(c, i)) s
    $$`;
}

export async function uninstallNameSearch(runner: QueryRunner, schema: string): Promise<void> {
  await runner.query(`DROP FUNCTION "${schema}".set_name_search_key()`);
  await runner.query(`DROP FUNCTION "${schema}".name_search_key(text)`);
  await runner.query(`DROP FUNCTION "${schema}".pinyin_initials(text)`);
  await runner.query(`DROP FUNCTION "${schema}".pinyin_spelling(text)`);
  await runner.query(`DROP TABLE "${schema}".pinyin_syllable`);
}

/**
 * Makes a table's names searchable: a `search_key` column kept by a trigger that always fires (so
 * every writer, COPY and replica-mode bulk loads included, keeps it current), filled for the rows already there, and a trigram index on it.
 */
export async function addNameSearch(runner: QueryRunner, { schema, table, column }: SearchableName): Promise<void> {
  await runner.query(`ALTER TABLE "${schema}"."${table}" ADD COLUMN search_key text`);
  await runner.query(`UPDATE "${schema}"."${table}" SET search_key = "${schema}".name_search_key("${column}")`);
  await runner.query(`ALTER TABLE "${schema}"."${table}" ALTER COLUMN search_key SET NOT NULL`);
  await runner.query(`
    CREATE TRIGGER ${table}_search_key BEFORE INSERT OR UPDATE OF "${column}" ON "${schema}"."${table}"
    FOR EACH ROW EXECUTE FUNCTION "${schema}".set_name_search_key('${column}')`);
  // Bulk loads run with session_replication_role = replica to skip foreign-key and roll-up triggers; the key must still be set.
  await runner.query(`ALTER TABLE "${schema}"."${table}" ENABLE ALWAYS TRIGGER ${table}_search_key`);
  await runner.query(`CREATE INDEX ${table}_search_key_trgm ON "${schema}"."${table}" USING gin (search_key public.gin_trgm_ops)`);
}

export async function dropNameSearch(runner: QueryRunner, { schema, table }: SearchableName): Promise<void> {
  await runner.query(`DROP TRIGGER ${table}_search_key ON "${schema}"."${table}"`);
  await runner.query(`ALTER TABLE "${schema}"."${table}" DROP COLUMN search_key`);
}
