import { GraphQLError } from 'graphql';

export { decodeCursor, encodeCursor } from '../../src/pagination/cursor';
export { pageSize } from '../../src/pagination/page-args';
export { DateTimeScalar, parseDate } from '@civic/runtime';
export { parseId } from '../../src/shared-types/id';

/** The error code a function throws with, or 'NO ERROR'. */
export function errorCodeOf(fn: () => unknown): unknown {
  try {
    fn();
    return 'NO ERROR';
  } catch (err) {
    return err instanceof GraphQLError ? err.extensions.code : String(err);
  }
}
