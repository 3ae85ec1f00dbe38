import { OrderDirection, type Ordering } from '@civic/subgraph-kit';

/** The one order of grid lists: latest day first, then latest recorded (`<alias>.<dayColumn>`, then id). */
export function newestFirst<T extends { id: number }>(alias: string, dayColumn: string, dayOf: (row: T) => string): Ordering<T> {
  return {
    keys: [
      { expression: `${alias}.${dayColumn}`, value: dayOf },
      { expression: `${alias}.id`, value: (row) => row.id },
    ],
    direction: OrderDirection.DESC,
    name: `${dayColumn}:DESC`,
  };
}
