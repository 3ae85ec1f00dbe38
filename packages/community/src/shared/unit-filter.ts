import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { unitsInSubtree } from '@civic/org-tree';
import { dayInPeriod, parseId, type Period } from '@civic/subgraph-kit';

/** Where and when: the conditions every grid list shares. */
export interface UnitAndPeriod {
  orgUnitId?: string | null;
  subtreeOf?: string | null;
  from?: string | null;
  to?: string | null;
}

/** Adds the unit, subtree and period conditions of `filter` to a list query over `alias` (its unit column and its day column). */
export function whereUnitAndPeriod<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  alias: string,
  dayColumn: string | null,
  filter: UnitAndPeriod | null | undefined,
): SelectQueryBuilder<T> {
  if (filter?.orgUnitId) query.andWhere(`${alias}.org_unit_id = :unit`, { unit: parseId(filter.orgUnitId, 'org unit') });
  if (filter?.subtreeOf)
    query.andWhere(`${alias}.org_unit_id IN ${unitsInSubtree('root')}`, { root: parseId(filter.subtreeOf, 'org unit') });
  if (dayColumn) {
    const period: Period = { from: filter?.from, to: filter?.to };
    const params: Record<string, unknown> = {};
    const condition = dayInPeriod(`${alias}.${dayColumn}`, period, (value) => {
      const name = `period${Object.keys(params).length}`;
      params[name] = value;
      return `:${name}`;
    });
    query.andWhere(condition, params);
  }
  return query;
}
