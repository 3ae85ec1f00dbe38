import { Http1Connection, type Http1ConnectionOptions } from './http1-connection';

/** How often idle connections are looked over. */
const SWEEP_MS = 5_000;

/** The reason given to a connection closed with no request on it (nobody receives it). */
const NOT_REUSED = new Error('connection not reused');

export type Turn = (connection: Http1Connection) => void;

/** The connections to one subgraph: idle ones reused most recent first, at most `max` open, the rest of the requests waiting in turn. */
export class OriginPool {
  private readonly idle: Http1Connection[] = [];
  private readonly waiting: Turn[] = [];
  private open = 0;
  private sweeper: NodeJS.Timeout | undefined;

  constructor(
    private readonly url: URL,
    private readonly max: number,
    private readonly options: Http1ConnectionOptions,
  ) {}

  /** Hands `turn` a connection now, or when one is free. */
  acquire(turn: Turn): void {
    for (let connection = this.idle.pop(); connection; connection = this.idle.pop()) {
      if (connection.reusable) return turn(connection);
      this.discard(connection);
    }
    if (this.open < this.max) return turn(this.connect());
    this.waiting.push(turn);
  }

  /** Takes a request that still waits for a connection out of the queue. */
  cancel(turn: Turn): void {
    const at = this.waiting.indexOf(turn);
    if (at >= 0) this.waiting.splice(at, 1);
  }

  /** Hands `turn` a new connection in place of a broken one it held (the request keeps its place). */
  replace(turn: Turn): void {
    turn(new Http1Connection(this.url, this.options));
  }

  release(connection: Http1Connection): void {
    if (!connection.reusable) {
      this.discard(connection);
      const next = this.waiting.shift();
      if (next) next(this.connect());
      return;
    }
    const next = this.waiting.shift();
    if (next) return next(connection);
    connection.unref();
    this.idle.push(connection);
    this.sweeper ??= setInterval(() => this.closeIdle(), SWEEP_MS).unref();
  }

  private connect(): Http1Connection {
    this.open += 1;
    return new Http1Connection(this.url, this.options);
  }

  /** A connection leaves the pool closed: broken, or idle past what the server or the pool allows. */
  private discard(connection: Http1Connection): void {
    this.open -= 1;
    connection.destroy(NOT_REUSED);
  }

  private closeIdle(): void {
    for (let i = this.idle.length - 1; i >= 0; i -= 1) {
      const connection = this.idle[i];
      if (connection.reusable) continue;
      this.idle.splice(i, 1);
      this.discard(connection);
    }
    if (this.idle.length === 0 && this.open === 0) {
      clearInterval(this.sweeper);
      this.sweeper = undefined;
    }
  }
}
