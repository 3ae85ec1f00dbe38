import { AbstractLogger, type LogLevel, type LogMessage, type QueryRunner } from 'typeorm';

/**
 * Counts every SQL statement a DataSource sends. Tests and the benchmark use it to prove that
 * batching works (statements per operation must not grow with page size).
 */
export class QueryCounter extends AbstractLogger {
  private count = 0;
  private readonly recent: string[] = [];

  get total(): number {
    return this.count;
  }

  /** Statements seen since `mark` was taken. */
  since(mark: number): number {
    return this.count - mark;
  }

  get lastStatements(): readonly string[] {
    return this.recent;
  }

  override logQuery(query: string): void {
    this.count += 1;
    this.recent.push(query);
    if (this.recent.length > 50) this.recent.shift();
  }

  protected override writeLog(_level: LogLevel, _message: LogMessage | LogMessage[], _runner?: QueryRunner): void {
    // Counting only; logging goes through the service's own logger.
  }
}
