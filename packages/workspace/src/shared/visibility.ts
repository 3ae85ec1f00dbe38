import DataLoader from 'dataloader';
import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { pathWithin, UNIT_TREE } from '@civic/org-tree';
import type { ReadScope } from './read-scope';

/**
 * SQL true when the unit with code `callerCode` lies in the subtree of the unit `ownerUnitId`
 * (both SQL expressions): the record of that owner is visible to that caller. Two key lookups in
 * the published tree and a path range; a record without an owner unit is not.
 */
function callerWithinOwnerSubtree(ownerUnitId: string, callerCode: string): string {
  return `EXISTS (SELECT 1 FROM ${UNIT_TREE} owner_unit JOIN ${UNIT_TREE} caller_unit ON caller_unit.code = ${callerCode}
                  WHERE owner_unit.id = ${ownerUnitId} AND ${pathWithin('caller_unit.path', 'owner_unit.path')})`;
}

/** Narrows a list of saved records (alias `query.alias`, column owner_unit_id) to those the scope reads, in the same statement. */
export function whereVisible<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, scope: ReadScope): SelectQueryBuilder<T> {
  switch (scope.kind) {
    case 'all':
      return query;
    case 'none':
      return query.andWhere('false');
    case 'withinOwnerSubtree':
      return query.andWhere(callerWithinOwnerSubtree(`${query.alias}.owner_unit_id`, ':callerUnitCode'), {
        callerUnitCode: scope.unitCode,
      });
  }
}

/**
 * Per request: for the caller's unit code, whether records of given owner units are visible to it,
 * one statement per batch of owner units.
 */
export function ownerVisibilityLoaders(db: DataSource): (callerCode: string) => DataLoader<number, boolean> {
  const byCaller = new Map<string, DataLoader<number, boolean>>();
  return (callerCode) => {
    let loader = byCaller.get(callerCode);
    if (!loader) {
      loader = new DataLoader<number, boolean>(async (ownerIds) => {
        const rows: { id: number }[] = await db.query(
          `SELECT o.id FROM unnest($1::int[]) AS o(id) WHERE ${callerWithinOwnerSubtree('o.id', '$2')}`,
          [ownerIds, callerCode],
        );
        const visible = new Set(rows.map((r) => r.id));
        return ownerIds.map((id) => visible.has(id));
      });
      byCaller.set(callerCode, loader);
    }
    return loader;
  };
}
