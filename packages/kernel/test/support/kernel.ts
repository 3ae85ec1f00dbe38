import { GraphQLError } from 'graphql';

export { decodeCursor, encodeCursor } from '../../src/pagination/cursor';
export { pageSize } from '../../src/pagination/page-args';
export { parseDate } from '../../src/scalars/date.scalar';
export { DateTimeScalar } from '../../src/scalars/date-time.scalar';
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
