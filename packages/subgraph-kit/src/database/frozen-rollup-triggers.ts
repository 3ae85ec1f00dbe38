/**
 * FROZEN. Released migrations (volunteers' UnitVolunteerRollup1764374590000, campaigns'
 * UnitEventRollup1764374620000) build their trigger SQL with these functions, so what they return
 * is what those migrations did: change nothing that changes their output. A different design is a
 * new module for new migrations; the current bodies of trigger functions belong in the subgraph's
 * SQL definitions (`SubgraphDefinition.sqlDirectory`).
 *
 * SQL for roll-up tables kept by statement-level triggers: per key (an org unit, say), counters
 * that subtree figures sum over a few hundred small rows instead of scanning the fact table.
 * Every INSERT, UPDATE or DELETE on the source adds its net change per key in the same transaction,
 * one aggregated upsert per statement whatever its row count, in key order (concurrent writers
 * lock roll-up rows in one order), and touches no roll-up row when no counted column changed.
 *
 * Each key's counters are split over `stripes` rows (column `stripe`, part of the primary key, chosen
 * by the writing backend): writers for one busy key (a unit recording many events at once) would
 * otherwise queue on one row lock until each commits. Readers sum a key's rows; a rebuild may put
 * everything in stripe 0.
 */
export interface FrozenRollupSpec {
  /** The roll-up table, schema-qualified, with a primary key on `keys` plus `stripe`. */
  table: string;
  keys: readonly string[];
  /**
   * Counter columns, each NOT NULL DEFAULT 0 and without a CHECK: PostgreSQL checks the row an upsert
   * proposes (a negative change) before it finds the conflict that turns it into an update.
   */
  counters: readonly string[];
  /** Rows per key (default 8). */
  stripes?: number;
}

/** The source rows' contribution: a SELECT of `keys` and `counters` (by those names) from `rows`, each counter multiplied by `sign`. */
export type FrozenRollupDelta = (rows: 'new_rows' | 'old_rows', sign: 1 | -1) => string;

const DEFAULT_STRIPES = 8;

/** `CREATE FUNCTION schema.name()`: the trigger function adding a statement's net change to the roll-up. */
export function frozenRollupTriggerFunction(name: string, spec: FrozenRollupSpec, delta: FrozenRollupDelta): string {
  const keys = spec.keys.join(', ');
  const stripe = `pg_backend_pid() % ${spec.stripes ?? DEFAULT_STRIPES}`;
  const upsert = (changes: string) => `
      INSERT INTO ${spec.table} AS r (${keys}, stripe, ${spec.counters.join(', ')})
      SELECT ${spec.keys.map((k) => `d.${k}`).join(', ')}, ${stripe}, ${spec.counters.map((c) => `sum(d.${c})`).join(', ')}
      FROM (${changes}) d
      GROUP BY ${keys}
      HAVING ${spec.counters.map((c) => `sum(d.${c}) <> 0`).join(' OR ')}
      ORDER BY ${keys}
      ON CONFLICT (${keys}, stripe) DO UPDATE SET ${spec.counters.map((c) => `${c} = r.${c} + EXCLUDED.${c}`).join(', ')};`;
  // Each branch names only the transition tables its event has.
  return `
    CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'INSERT' THEN ${upsert(delta('new_rows', 1))}
      ELSIF TG_OP = 'DELETE' THEN ${upsert(delta('old_rows', -1))}
      ELSE ${upsert(`${delta('new_rows', 1)} UNION ALL ${delta('old_rows', -1)}`)}
      END IF;
      RETURN NULL;
    END $$`;
}

const EVENTS = [
  ['insert', 'INSERT', 'NEW TABLE AS new_rows'],
  ['update', 'UPDATE', 'OLD TABLE AS old_rows NEW TABLE AS new_rows'],
  ['delete', 'DELETE', 'OLD TABLE AS old_rows'],
] as const;

/**
 * The three `CREATE TRIGGER`s running `fn` (schema-qualified) after each statement on `source`, named
 * after the function (a trigger with transition tables fires on one event only).
 */
export function frozenRollupTriggers(source: string, fn: string): string[] {
  return EVENTS.map(
    ([suffix, event, tables]) =>
      `CREATE TRIGGER ${triggerName(fn, suffix)} AFTER ${event} ON ${source} REFERENCING ${tables} FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`,
  );
}

/** The `DROP TRIGGER`s undoing `frozenRollupTriggers(source, fn)`. */
export function frozenDropRollupTriggers(source: string, fn: string): string[] {
  return EVENTS.map(([suffix]) => `DROP TRIGGER ${triggerName(fn, suffix)} ON ${source}`);
}

function triggerName(fn: string, suffix: string): string {
  return `${fn.split('.').pop() ?? fn}_on_${suffix}`;
}
