import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { nameSearchCondition } from './name-search';

/** Narrows a TypeORM query to rows whose name matches `typed` (see nameSearchCondition); blank matches all. */
export function whereNameMatches<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  schema: string,
  nameColumn: string,
  typed: string | null | undefined,
): SelectQueryBuilder<T> {
  if (!typed?.trim()) return query;
  let count = 0;
  const bind = (value: unknown) => {
    const name = `__search${count++}`;
    query.setParameter(name, value);
    return `:${name}`;
  };
  return query.andWhere(nameSearchCondition(schema, query.alias, nameColumn, typed, bind));
}
