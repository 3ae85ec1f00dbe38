import { badUserInput } from '@civic/runtime';
import { OrderDirection } from './order-direction.enum';
import type { SortKey } from './keyset';

/** A page order: sort keys (the last unique) all read in one direction. */
export interface Ordering<T> {
  keys: SortKey<T>[];
  direction: OrderDirection;
  /** Names the order in cursors, so a cursor of one order is refused under another. */
  name: string;
}

/** One field a list can be sorted by: its SQL (never null) and the same value read from a row. */
export interface OrderableField<T> {
  description: string;
  expression: string;
  value: (row: T) => string | number | null;
}

/** What a client asks for: `{ field, direction }`, both optional. */
export interface OrderRequest<F extends string> {
  field?: F | null;
  direction?: OrderDirection | null;
}

/**
 * The ordering a client asked for: the field's key, then `tieBreaker` (the id) so the order is
 * total and a keyset page never repeats or skips a row, in the asked direction.
 */
export function orderingOf<T, F extends string>(
  fields: Record<F, OrderableField<T>>,
  tieBreaker: SortKey<T>,
  request: OrderRequest<F> | null | undefined,
  defaults: { field: F; direction: OrderDirection },
): Ordering<T> {
  const fieldName = request?.field ?? defaults.field;
  const field = fields[fieldName];
  if (!field) throw badUserInput(`cannot sort by ${String(fieldName)}`, { argument: 'orderBy.field' });
  const direction = request?.direction ?? (request?.field ? OrderDirection.ASC : defaults.direction);
  const keys =
    field.expression === tieBreaker.expression ? [tieBreaker] : [{ expression: field.expression, value: field.value }, tieBreaker];
  return { keys, direction, name: `${fieldName}:${direction}` };
}

/** Plain ascending keys as an ordering (lists with one fixed order). */
export function ascending<T>(keys: SortKey<T>[] | Ordering<T>): Ordering<T> {
  return Array.isArray(keys) ? { keys, direction: OrderDirection.ASC, name: '' } : keys;
}
