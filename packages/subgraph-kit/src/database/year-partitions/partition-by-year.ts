/**
 * FROZEN. Released migrations (volunteers' PartitionServiceRecordsByYear, campaigns'
 * PartitionCampaignEventsByYear) convert their tables with these functions, so what they do is what
 * those migrations did: change nothing that changes it. A different conversion is a new module.
 */
import { defaultPartitionName, keyTableOf, splitTableName, type YearPartitionedTable } from './year-partitioned-table';

/** A migration's QueryRunner (or anything with its `query`). */
export interface SqlRunner {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  query(sql: string, parameters?: unknown[]): Promise<any>;
}

interface Named {
  name: string;
  def: string;
}

/** A trigger, and when it fires (pg_trigger.tgenabled: O origin and local, A always, R replica only, D never). */
interface Trigger extends Named {
  enabled: 'O' | 'A' | 'R' | 'D';
}

const ENABLING: Record<Trigger['enabled'], string | null> = { O: null, A: 'ENABLE ALWAYS', R: 'ENABLE REPLICA', D: 'DISABLE' };

interface Surroundings {
  /** Foreign keys of other tables that reference this one, with the referencing table. */
  referencing: (Named & { owner: string })[];
  /** This table's own foreign keys. */
  outgoing: Named[];
  /** Indexes that back no constraint. */
  indexes: Named[];
  triggers: Trigger[];
  comment: string | null;
}

/**
 * Converts a plain table into a partitioned one by year, in the calling transaction: same name,
 * columns, defaults, checks, comments, indexes, triggers and sequence; every row copied before any
 * trigger exists again, so roll-ups kept by triggers see no change. The rows go to the default
 * partition, for the upkeep to move into partitions of years (ensureYearPartitions).
 */
export async function partitionTableByYear(q: SqlRunner, spec: YearPartitionedTable): Promise<void> {
  const { name } = splitTableName(spec.table);
  const keyTable = keyTableOf(spec);
  const old = `${spec.table}_unpartitioned`;
  await checkKeys(q, spec);
  const around = await surroundings(q, spec.table);
  const uniques = await uniqueConstraints(q, spec.table);
  const columnTypes: { name: string; type: string }[] = await q.query(
    `SELECT attname AS name, format_type(atttypid, atttypmod) AS type FROM pg_attribute
     WHERE attrelid = $1::regclass AND attname = ANY($2) ORDER BY array_position($2, attname::text)`,
    [spec.table, ['id', ...spec.uniqueColumns]],
  );

  for (const fk of around.referencing) await q.query(`ALTER TABLE ${fk.owner} DROP CONSTRAINT ${fk.name}`);
  for (const trigger of around.triggers) await q.query(`DROP TRIGGER ${trigger.name} ON ${spec.table}`);
  for (const index of around.indexes) await q.query(`DROP INDEX ${splitTableName(spec.table).schema}.${index.name}`);
  for (const unique of uniques) await q.query(`ALTER TABLE ${spec.table} DROP CONSTRAINT ${unique.name}`);
  const [{ primaryKey }]: { primaryKey: string }[] = await q.query(
    `SELECT conname AS "primaryKey" FROM pg_constraint WHERE conrelid = $1::regclass AND contype = 'p'`,
    [spec.table],
  );
  await q.query(`ALTER TABLE ${spec.table} DROP CONSTRAINT ${primaryKey}`);
  await q.query(`ALTER TABLE ${spec.table} RENAME TO ${name}_unpartitioned`);

  await q.query(
    `CREATE TABLE ${spec.table} (LIKE ${old} INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING COMMENTS
       INCLUDING GENERATED INCLUDING STORAGE INCLUDING STATISTICS) PARTITION BY RANGE (${spec.timeColumn})`,
  );
  await q.query(`ALTER TABLE ${spec.table} ADD CONSTRAINT ${primaryKey} PRIMARY KEY (id, ${spec.timeColumn})`);
  // Every row waits in the default partition; the upkeep that follows each migration run gives the
  // years their partitions (see ensureYearPartitions).
  await q.query(`CREATE TABLE ${defaultPartitionName(spec)} PARTITION OF ${spec.table} DEFAULT`);
  await q.query(`INSERT INTO ${spec.table} SELECT * FROM ${old}`);
  const [{ sequence }]: { sequence: string | null }[] = await q.query(`SELECT pg_get_serial_sequence($1, 'id') AS sequence`, [old]);
  if (sequence) await q.query(`ALTER SEQUENCE ${sequence} OWNED BY ${spec.table}.id`);
  await q.query(`DROP TABLE ${old}`);
  if (around.comment !== null) await q.query(`COMMENT ON TABLE ${spec.table} IS ${literal(around.comment)}`);

  await q.query(`CREATE TABLE ${keyTable} (${columnTypes.map((c) => `${c.name} ${c.type}`).join(', ')}, PRIMARY KEY (id))`);
  for (const unique of uniques) await q.query(`ALTER TABLE ${keyTable} ADD CONSTRAINT ${unique.name} ${unique.def}`);
  await q.query(
    `COMMENT ON TABLE ${keyTable} IS ${literal(
      `One row per row of ${spec.table} (partitioned by year): its id, the target of foreign keys, and the columns unique across all years. Kept by that table's triggers.`,
    )}`,
  );
  const keyColumns = columnTypes.map((c) => c.name).join(', ');
  await q.query(`INSERT INTO ${keyTable} (${keyColumns}) SELECT ${keyColumns} FROM ${spec.table}`);
  for (const statement of keyTriggerStatements(spec)) await q.query(statement);

  for (const fk of around.outgoing) await q.query(`ALTER TABLE ${spec.table} ADD CONSTRAINT ${fk.name} ${fk.def}`);
  for (const index of around.indexes) await q.query(index.def);
  for (const fk of around.referencing)
    await q.query(
      `ALTER TABLE ${fk.owner} ADD CONSTRAINT ${fk.name} ${fk.def.replace(`REFERENCES ${spec.table}(`, `REFERENCES ${keyTable}(`)}`,
    );
  for (const trigger of around.triggers) await recreateTrigger(q, spec.table, trigger);
  // The planner's statistics of the new tables, which ANALYZE gathers for every partition too.
  await q.query(`ANALYZE ${spec.table}`);
  await q.query(`ANALYZE ${keyTable}`);
}

/** The reverse of partitionTableByYear: a plain table again, its key table gone. */
export async function unpartitionTable(q: SqlRunner, spec: YearPartitionedTable): Promise<void> {
  const { schema, name } = splitTableName(spec.table);
  const keyTable = keyTableOf(spec);
  const old = `${spec.table}_partitioned`;
  const around = await surroundings(q, spec.table);
  const referencing = await foreignKeysReferencing(q, keyTable);
  const uniques = await uniqueConstraints(q, keyTable);
  for (const fk of referencing) await q.query(`ALTER TABLE ${fk.owner} DROP CONSTRAINT ${fk.name}`);
  for (const trigger of around.triggers) await q.query(`DROP TRIGGER ${trigger.name} ON ${spec.table}`);
  for (const index of around.indexes) await q.query(`DROP INDEX ${schema}.${index.name}`);
  await q.query(`ALTER TABLE ${spec.table} DROP CONSTRAINT ${name}_pkey`);
  await q.query(`ALTER TABLE ${spec.table} RENAME TO ${name}_partitioned`);
  await q.query(
    `CREATE TABLE ${spec.table} (LIKE ${old} INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING COMMENTS
       INCLUDING GENERATED INCLUDING STORAGE INCLUDING STATISTICS)`,
  );
  await q.query(`INSERT INTO ${spec.table} SELECT * FROM ${old}`);
  const [{ sequence }]: { sequence: string | null }[] = await q.query(`SELECT pg_get_serial_sequence($1, 'id') AS sequence`, [old]);
  if (sequence) await q.query(`ALTER SEQUENCE ${sequence} OWNED BY ${spec.table}.id`);
  await q.query(`DROP TABLE ${old}`);
  await q.query(`DROP TABLE ${keyTable}`);
  await q.query(`DROP FUNCTION ${keyFunction(spec)}()`);
  await q.query(`ALTER TABLE ${spec.table} ADD CONSTRAINT ${name}_pkey PRIMARY KEY (id)`);
  for (const unique of uniques) await q.query(`ALTER TABLE ${spec.table} ADD CONSTRAINT ${unique.name} ${unique.def}`);
  if (around.comment !== null) await q.query(`COMMENT ON TABLE ${spec.table} IS ${literal(around.comment)}`);
  for (const fk of around.outgoing) await q.query(`ALTER TABLE ${spec.table} ADD CONSTRAINT ${fk.name} ${fk.def}`);
  for (const index of around.indexes) await q.query(index.def.replace(' ON ONLY ', ' ON '));
  for (const fk of referencing)
    await q.query(
      `ALTER TABLE ${fk.owner} ADD CONSTRAINT ${fk.name} ${fk.def.replace(`REFERENCES ${keyTable}(`, `REFERENCES ${spec.table}(`)}`,
    );
  for (const trigger of around.triggers.filter((t) => !isKeyTrigger(t.name))) await recreateTrigger(q, spec.table, trigger);
}

async function recreateTrigger(q: SqlRunner, table: string, trigger: Trigger): Promise<void> {
  await q.query(trigger.def);
  const enabling = ENABLING[trigger.enabled];
  if (enabling) await q.query(`ALTER TABLE ${table} ${enabling} TRIGGER ${trigger.name}`);
}

async function checkKeys(q: SqlRunner, spec: YearPartitionedTable): Promise<void> {
  const keys: { type: string; columns: string[] }[] = await q.query(
    `SELECT contype AS type, array(SELECT attname::text FROM pg_attribute WHERE attrelid = conrelid AND attnum = ANY(conkey)) AS columns
     FROM pg_constraint WHERE conrelid = $1::regclass AND contype IN ('p', 'u')`,
    [spec.table],
  );
  const primary = keys.find((k) => k.type === 'p');
  if (primary?.columns.join() !== 'id') throw new Error(`${spec.table}: partitioning by year expects the primary key (id)`);
  const unique = keys.filter((k) => k.type === 'u').map((k) => k.columns.join());
  if (unique.sort().join(' ') !== [...spec.uniqueColumns].sort().join(' '))
    throw new Error(`${spec.table}: its UNIQUE constraints (${unique.join('; ') || 'none'}) are not uniqueColumns`);
}

async function surroundings(q: SqlRunner, table: string): Promise<Surroundings> {
  const referencing = await foreignKeysReferencing(q, table);
  const outgoing = await q.query(
    `SELECT conname AS name, pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conrelid = $1::regclass AND contype = 'f'`,
    [table],
  );
  const indexes = await q.query(
    `SELECT c.relname AS name, pg_get_indexdef(i.indexrelid) AS def FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
     WHERE i.indrelid = $1::regclass AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid) ORDER BY c.relname`,
    [table],
  );
  const triggers = await q.query(
    `SELECT tgname AS name, pg_get_triggerdef(oid) AS def, tgenabled AS enabled FROM pg_trigger WHERE tgrelid = $1::regclass AND NOT tgisinternal AND tgparentid = 0 ORDER BY tgname`,
    [table],
  );
  const [{ comment }] = await q.query(`SELECT obj_description($1::regclass, 'pg_class') AS comment`, [table]);
  return { referencing, outgoing, indexes, triggers, comment };
}

/** Foreign keys of other tables referencing `table` (not the copies PostgreSQL keeps on partitions). */
function foreignKeysReferencing(q: SqlRunner, table: string): Promise<(Named & { owner: string })[]> {
  return q.query(
    `SELECT conrelid::regclass::text AS owner, conname AS name, pg_get_constraintdef(oid) AS def
     FROM pg_constraint WHERE confrelid = $1::regclass AND contype = 'f' AND conparentid = 0`,
    [table],
  );
}

function uniqueConstraints(q: SqlRunner, table: string): Promise<Named[]> {
  return q.query(
    `SELECT conname AS name, pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conrelid = $1::regclass AND contype = 'u'`,
    [table],
  );
}

function keyFunction(spec: YearPartitionedTable): string {
  const { schema, name } = splitTableName(spec.table);
  return `${schema}.keep_${name}_keys`;
}

/**
 * The key table follows its table by statement triggers. Triggers on one event fire in the order of
 * their names, and the insert's must run before any other (service records' points booking inserts
 * rows whose foreign key names the new records): hence `add_keys_on_insert`, before `book_…` and
 * `roll_up_…`.
 */
function keyTriggerStatements(spec: YearPartitionedTable): string[] {
  const keyTable = keyTableOf(spec);
  const columns = ['id', ...spec.uniqueColumns];
  const list = columns.join(', ');
  const changed = `UPDATE ${keyTable} k SET (${spec.uniqueColumns.join(', ')}) = (SELECT ${spec.uniqueColumns.map((c) => `n.${c}`).join(', ')})
       FROM new_rows n WHERE k.id = n.id AND (${spec.uniqueColumns.map((c) => `k.${c}`).join(', ')}) IS DISTINCT FROM (${spec.uniqueColumns.map((c) => `n.${c}`).join(', ')});`;
  const statements = [
    `CREATE FUNCTION ${keyFunction(spec)}() RETURNS trigger LANGUAGE plpgsql AS $$
     BEGIN
       IF TG_OP = 'INSERT' THEN INSERT INTO ${keyTable} (${list}) SELECT ${list} FROM new_rows;
       ELSIF TG_OP = 'DELETE' THEN DELETE FROM ${keyTable} k USING old_rows o WHERE k.id = o.id;
       ELSIF TG_OP = 'UPDATE' THEN ${spec.uniqueColumns.length ? changed : 'NULL;'}
       END IF;
       RETURN NULL;
     END $$`,
    `CREATE TRIGGER add_keys_on_insert AFTER INSERT ON ${spec.table} REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${keyFunction(spec)}()`,
    `CREATE TRIGGER remove_keys_on_delete AFTER DELETE ON ${spec.table} REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION ${keyFunction(spec)}()`,
  ];
  // Only the unique columns can change in the key table (ids do not change).
  if (spec.uniqueColumns.length)
    statements.push(
      `CREATE TRIGGER update_keys_on_update AFTER UPDATE ON ${spec.table} REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${keyFunction(spec)}()`,
    );
  return statements;
}

function isKeyTrigger(name: string): boolean {
  return ['add_keys_on_insert', 'remove_keys_on_delete', 'update_keys_on_update'].includes(name);
}

function literal(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}
