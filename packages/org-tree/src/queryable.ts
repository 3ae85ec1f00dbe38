/** What runs one statement and resolves to its rows: a TypeORM DataSource or EntityManager. */
export interface Queryable {
  query(text: string, parameters?: unknown[]): Promise<unknown[]>;
}
