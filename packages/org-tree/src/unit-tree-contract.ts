/**
 * The org subgraph's published read model: the view other subgraphs (and the subgraph kit's access
 * control) read the org tree from. The org subgraph's migrations create it; this declaration is what
 * readers may rely on, and the org subgraph's contract test holds the migrated view to it.
 *
 * Version 1 may gain columns (declared here too) but never lose, rename or change the meaning of
 * one. A breaking change publishes `org.unit_tree_v2` beside it, with a declaration of its own, and
 * readers move over before version 1 is dropped.
 */
export const UNIT_TREE = 'org.unit_tree';

export const UNIT_TREE_VERSION = 1;

/** The levels of the hierarchy, top down: county center, sub-center, township institute, village station, practice point. */
export const UNIT_LEVELS = ['CENTER', 'SUB_CENTER', 'INSTITUTE', 'STATION', 'POINT'] as const;

export type UnitLevel = (typeof UNIT_LEVELS)[number];

export interface UnitTreeColumnDeclaration {
  /** As PostgreSQL names it in `information_schema.columns.data_type`. */
  type: 'integer' | 'text' | 'date';
  nullable: boolean;
  /** No two units share a value. */
  unique?: boolean;
  meaning: string;
}

/** The view's columns, in the view's order. */
export const UNIT_TREE_COLUMNS = {
  id: { type: 'integer', nullable: false, unique: true, meaning: "The unit's id, the id of the org subgraph's OrgUnit." },
  parent_id: { type: 'integer', nullable: true, meaning: 'The id of the unit it sits under; null at the top of a tree.' },
  path: {
    type: 'text',
    nullable: false,
    meaning:
      "The ids from the top of its tree down to the unit, each followed by '/': '/' || id || '/' at the top, the parent's " +
      "path || id || '/' below (e.g. '/1/5/23/'). A unit's subtree is every unit whose path starts with its path; a move " +
      'rewrites the paths of the whole subtree in the same transaction.',
  },
  depth: { type: 'integer', nullable: false, meaning: "How many units lie above it: 0 at the top, the parent's depth + 1 below." },
  level: { type: 'text', nullable: false, meaning: `One of ${UNIT_LEVELS.join(', ')}.` },
  code: {
    type: 'text',
    nullable: false,
    unique: true,
    meaning: 'The unit\'s code (e.g. "513426-ZX"), what identities name their scope by.',
  },
  name: { type: 'text', nullable: false, meaning: 'The official name.' },
  closed_on: { type: 'date', nullable: true, meaning: 'The day the unit closed; null while it is open.' },
} as const satisfies Record<string, UnitTreeColumnDeclaration>;

export type UnitTreeColumn = keyof typeof UNIT_TREE_COLUMNS;

interface ValueOfType {
  integer: number;
  text: string;
  date: Date;
}

type ValueOf<C extends UnitTreeColumn> =
  ValueOfType[(typeof UNIT_TREE_COLUMNS)[C]['type']] | ((typeof UNIT_TREE_COLUMNS)[C]['nullable'] extends true ? null : never);

/** A row of the view as node-postgres returns it (`date` as a `Date`). */
export type UnitTreeRow = { [C in UnitTreeColumn]: C extends 'level' ? UnitLevel : ValueOf<C> };
