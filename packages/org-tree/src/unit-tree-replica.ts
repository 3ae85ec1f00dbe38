import { UNIT_TREE, UNIT_TREE_COLUMNS, type UnitTreeColumn, type UnitTreeColumnDeclaration } from './unit-tree-contract';

/**
 * The org tree for a subgraph on a database of its own: the org subgraph's database publishes the
 * contract's columns of `org.org_unit` (logical replication), and a subscribing database holds them
 * in a table of the same name, with `org.unit_tree` over it as on the org subgraph's own database.
 */
export const UNIT_TREE_PUBLICATION = 'civic_org_tree';

/** The table the publication carries; logical replication matches tables by schema and name. */
export const UNIT_TREE_SOURCE_TABLE = 'org.org_unit';

/** The published columns: exactly the contract's, so a subscriber can rely on the same view. */
export const UNIT_TREE_PUBLISHED_COLUMNS = Object.keys(UNIT_TREE_COLUMNS) as UnitTreeColumn[];

/**
 * The statements that make a subscribing database ready to receive the tree, each safe to run again:
 * a column the contract gains is added to an existing copy. Indexes match the org subgraph's, for the
 * same subtree (path prefix) and level lookups.
 */
export function unitTreeReplicaStatements(): string[] {
  const declared: [string, UnitTreeColumnDeclaration][] = Object.entries(UNIT_TREE_COLUMNS);
  // The id is the replica identity: rows are updated and deleted by it.
  const columns = declared.map(([name, column]) => {
    if (name === 'id') return `id ${column.type} PRIMARY KEY`;
    return `${name} ${column.type}${column.nullable ? '' : ' NOT NULL'}${column.unique ? ' UNIQUE' : ''}`;
  });
  const names = UNIT_TREE_PUBLISHED_COLUMNS.join(', ');
  return [
    `CREATE SCHEMA IF NOT EXISTS org`,
    `CREATE TABLE IF NOT EXISTS ${UNIT_TREE_SOURCE_TABLE} (${columns.join(', ')})`,
    ...declared.map(([name, column]) => `ALTER TABLE ${UNIT_TREE_SOURCE_TABLE} ADD COLUMN IF NOT EXISTS ${name} ${column.type}`),
    `CREATE INDEX IF NOT EXISTS org_unit_parent_idx ON ${UNIT_TREE_SOURCE_TABLE} (parent_id)`,
    `CREATE INDEX IF NOT EXISTS org_unit_path_idx ON ${UNIT_TREE_SOURCE_TABLE} (path text_pattern_ops)`,
    `CREATE INDEX IF NOT EXISTS org_unit_level_idx ON ${UNIT_TREE_SOURCE_TABLE} (level, id)`,
    `CREATE OR REPLACE VIEW ${UNIT_TREE} AS SELECT ${names} FROM ${UNIT_TREE_SOURCE_TABLE}`,
  ];
}
