/**
 * A sort expression for an instant column, in whole milliseconds, and its value read from a row:
 * PostgreSQL keeps microseconds but a JavaScript Date only milliseconds, so comparing the column
 * itself with a cursor's value would put a row after its own cursor.
 */
export function millisecondsOf(column: string): string {
  return `(extract(epoch from date_trunc('milliseconds', ${column})) * 1000)::bigint`;
}
