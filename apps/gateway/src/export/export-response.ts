import type { ServerResponse } from 'node:http';
import { finished, Writable } from 'node:stream';

/** What the response says about the file before it. */
export interface ExportHead {
  contentType: string;
  fileName: string;
}

/** What the response says after the file: as headers for a one-page export, as HTTP trailers for a streamed one. */
export interface ExportSummary {
  rows: number;
  pages: number;
  /** Why tables hold fewer rows than the query could give, if any do. */
  incomplete: readonly string[];
}

/** The client closed the connection before the file was complete. */
export class ExportAborted extends Error {
  constructor() {
    super('the client closed the connection during the export');
  }
}

const SUMMARY_FIELDS = ['x-export-rows', 'x-export-pages', 'x-export-incomplete'] as const;

/**
 * The response of an export; the file is written to `body`. While the export is on its first page
 * the body is held back, so that a one-page export is answered whole, its summary in headers and
 * any failure still as a JSON error. Once a second page is needed, `stream()` sends the head and
 * the body goes out as it is written, with backpressure (see `ready`); the summary follows as
 * trailers, since headers are gone by then.
 */
export class ExportResponse {
  readonly body: Writable;
  private held: Buffer[] | undefined = [];
  private summary: ExportSummary = { rows: 0, pages: 0, incomplete: [] };
  private abandoned = false;
  private withTrailers = false;
  private gone = false;

  constructor(
    private readonly res: ServerResponse,
    private readonly head: ExportHead,
  ) {
    res.once('close', () => {
      this.gone = !res.writableFinished;
    });
    this.body = new Writable({
      write: (chunk: Buffer, _encoding, done) => this.write(chunk, done),
      final: (done) => this.end(done),
    });
  }

  get streaming(): boolean {
    return this.held === undefined;
  }

  /** Whether the client went away before the file was complete. */
  get clientGone(): boolean {
    return this.gone;
  }

  /** Sends the head and what the body holds so far; from now on the body goes out as it is written. */
  stream(): void {
    if (!this.held) return;
    this.sendHead();
    // Trailers need chunked encoding, which an HTTP/1.0 client does not get.
    this.withTrailers = this.res.useChunkedEncodingByDefault;
    if (this.withTrailers) this.res.setHeader('trailer', SUMMARY_FIELDS.join(', '));
    const held = this.held;
    this.held = undefined;
    for (const chunk of held) this.res.write(chunk);
  }

  /** The counts to send after the file; set before the body ends. */
  summarize(summary: ExportSummary): void {
    this.summary = summary;
  }

  /** Resolves when the body can take more; ExportAborted once the client has gone. */
  async ready(): Promise<void> {
    if (this.body.writableNeedDrain && !this.clientGone) await this.whenEither(this.body, 'drain', this.res, 'close');
    if (this.clientGone) throw new ExportAborted();
  }

  /**
   * Gives the export up: a streamed response is cut off, so that the client sees a broken download
   * rather than a file that looks whole; a held one is dropped, for the caller to answer with an error.
   */
  abandon(): void {
    this.abandoned = true;
    if (this.streaming) this.res.destroy();
  }

  private write(chunk: Buffer, done: () => void): void {
    if (this.abandoned || this.clientGone) return done();
    if (this.held) {
      this.held.push(chunk);
      return done();
    }
    if (this.res.write(chunk)) return done();
    void this.whenEither(this.res, 'drain', this.res, 'close').then(done);
  }

  private end(done: () => void): void {
    if (this.abandoned || this.clientGone) return done();
    if (this.held) {
      this.sendHead(this.summary);
      const file = Buffer.concat(this.held);
      this.res.setHeader('content-length', file.length);
      this.res.end(file);
    } else {
      if (this.withTrailers) this.res.addTrailers(summaryFields(this.summary));
      this.res.end();
    }
    finished(this.res, () => done());
  }

  private sendHead(summary?: ExportSummary): void {
    this.res.statusCode = 200;
    this.res.setHeader('content-type', this.head.contentType);
    this.res.setHeader('content-disposition', `attachment; filename="${this.head.fileName}"`);
    this.res.setHeader('cache-control', 'no-store');
    if (summary) for (const [name, value] of Object.entries(summaryFields(summary))) this.res.setHeader(name, value);
  }

  private whenEither(first: NodeJS.EventEmitter, firstEvent: string, second: NodeJS.EventEmitter, secondEvent: string): Promise<void> {
    return new Promise((resolve) => {
      const settle = () => {
        first.off(firstEvent, settle);
        second.off(secondEvent, settle);
        resolve();
      };
      first.once(firstEvent, settle);
      second.once(secondEvent, settle);
    });
  }
}

function summaryFields(summary: ExportSummary): Record<string, string> {
  return {
    'x-export-rows': String(summary.rows),
    'x-export-pages': String(summary.pages),
    ...(summary.incomplete.length > 0 ? { 'x-export-incomplete': summary.incomplete.join(', ') } : {}),
  };
}
