import type { Client } from 'pg';

export interface DroppedIndex {
  name: string;
  definition: string;
}

/**
 * Secondary indexes of the bulk-loaded schemas cost far more to maintain row by row than to build
 * once: they are dropped before COPY and rebuilt from their own definitions (pg_get_indexdef)
 * afterwards, so the migrations stay the single source of truth. Indexes that back a constraint
 * (primary keys, UNIQUE constraints) stay. A partitioned table's index goes with its partitions'
 * and comes back on all of them (its definition says `ON ONLY`, which would build none).
 */
export async function dropSecondaryIndexes(client: Client, schemas: readonly string[]): Promise<DroppedIndex[]> {
  const { rows } = await client.query<{ name: string; definition: string }>(
    `SELECT format('%I.%I', n.nspname, c.relname) AS name, pg_get_indexdef(i.indexrelid) AS definition
     FROM pg_index i
     JOIN pg_class c ON c.oid = i.indexrelid
     JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = ANY($1) AND NOT c.relispartition
       AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)
     ORDER BY 1`,
    [schemas],
  );
  for (const index of rows) await client.query(`DROP INDEX ${index.name}`);
  return rows;
}

export async function rebuildIndexes(client: Client, indexes: readonly DroppedIndex[], note: (line: string) => void): Promise<void> {
  for (const index of indexes) {
    const started = Date.now();
    await client.query(index.definition.replace(' ON ONLY ', ' ON '));
    note(`index ${index.name} rebuilt in ${((Date.now() - started) / 1000).toFixed(1)}s`);
  }
}

/** Every serial column's sequence moves past the highest id loaded, so later inserts get fresh ids. */
export async function resetSequences(client: Client, schemas: readonly string[]): Promise<void> {
  const { rows } = await client.query<{ tbl: string; col: string; seq: string }>(
    `SELECT format('%I.%I', table_schema, table_name) AS tbl, column_name AS col,
            pg_get_serial_sequence(format('%I.%I', table_schema, table_name), column_name) AS seq
     FROM information_schema.columns
     WHERE table_schema = ANY($1) AND column_default LIKE 'nextval(%'`,
    [schemas],
  );
  for (const r of rows) {
    if (!r.seq) continue;
    await client.query(`SELECT setval($1, coalesce((SELECT max(${r.col}) FROM ${r.tbl}), 0) + 1, false)`, [r.seq]);
  }
}
