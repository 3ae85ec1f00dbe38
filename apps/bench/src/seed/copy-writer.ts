import type { Client } from 'pg';
import { from } from 'pg-copy-streams';

const CHUNK_BYTES = 1 << 20;

/** How COPY's text format writes NULL. */
export const COPY_NULL = '\\N';

export type CopyValue = string | number | boolean | null | undefined | readonly string[];

/** One field in PostgreSQL's COPY text format (NULL is \N; backslash, tab and line breaks escaped). */
export function copyField(value: CopyValue): string {
  if (value === null || value === undefined) return COPY_NULL;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (typeof value !== 'string') return copyField(`{${value.map((v) => `"${v.replace(/["\\]/g, '\\$&')}"`).join(',')}}`);
  return /[\\\t\n\r]/.test(value)
    ? value.replace(/[\\\t\n\r]/g, (c) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[c]!)
    : value;
}

/**
 * Streams rows into one table with COPY FROM STDIN, in 1 MiB chunks, honouring back-pressure.
 * `rows` yields arrays of field values in the order of `columns`.
 */
export class CopyWriter {
  private buffer: string[] = [];
  private bufferedBytes = 0;
  private count = 0;
  private readonly stream: ReturnType<typeof from>;
  private readonly done: Promise<void>;

  constructor(
    client: Client,
    readonly table: string,
    columns: readonly string[],
  ) {
    this.stream = client.query(from(`COPY ${table} (${columns.join(', ')}) FROM STDIN`));
    this.done = new Promise((resolve, reject) => {
      this.stream.on('finish', () => resolve());
      this.stream.on('error', reject);
    });
  }

  get rows(): number {
    return this.count;
  }

  /** Adds one row; resolves at once unless the stream asks to wait. */
  async write(values: readonly CopyValue[]): Promise<void> {
    let line = '';
    for (let i = 0; i < values.length; i++) line += (i === 0 ? '' : '\t') + copyField(values[i]);
    this.writeLine(line + '\n');
    if (this.shouldFlush()) await this.flush();
  }

  /** Adds one ready-made line (fields already escaped, ending in a newline); call `flush` when `shouldFlush`. */
  writeLine(line: string): void {
    this.buffer.push(line);
    this.bufferedBytes += line.length * 2;
    this.count += 1;
  }

  shouldFlush(): boolean {
    return this.bufferedBytes >= CHUNK_BYTES;
  }

  async flush(): Promise<void> {
    if (this.buffer.length === 0) return;
    const chunk = this.buffer.join('');
    this.buffer = [];
    this.bufferedBytes = 0;
    if (!this.stream.write(chunk)) await new Promise<void>((resolve) => this.stream.once('drain', () => resolve()));
    // Let timers (progress lines) and socket callbacks run even when the database keeps up.
    else await new Promise<void>((resolve) => setImmediate(resolve));
  }

  async end(): Promise<number> {
    await this.flush();
    this.stream.end();
    await this.done;
    return this.count;
  }
}

/** Copies every row an iterable yields into `table`; returns the row count. */
export async function copyRows(
  client: Client,
  table: string,
  columns: readonly string[],
  rows: Iterable<readonly CopyValue[]>,
): Promise<number> {
  const writer = new CopyWriter(client, table, columns);
  for (const row of rows) await writer.write(row);
  return writer.end();
}
