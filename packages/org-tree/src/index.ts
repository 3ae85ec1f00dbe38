export * from './unit-tree-contract';
export * from './queryable';
export * from './path-sql';
export * from './subtree-sql';
export * from './scope-sql';
export * from './subtree-statistics';
export * from './unit-lookups';
export * from './breakdown-units';
