import { createServer, type Server, type Socket } from 'node:net';

/** One request as a raw server read it off a connection. */
export interface RawRequest {
  /** Which connection it came on (0 for the server's first), and the how-manieth request on it (0 for the first). */
  connection: number;
  index: number;
  head: string;
  body: string;
}

export interface RawConnection {
  socket: Socket;
  /** Settles when the connection has closed (on either side). */
  closed: Promise<void>;
  isClosed: boolean;
}

export interface RawHttpServer {
  url: string;
  connections: RawConnection[];
  requests: RawRequest[];
  stop(): Promise<void>;
}

/** Answers each request (read by its Content-Length) by `reply`, which writes whatever bytes it likes, or none. */
export type RawReply = (socket: Socket, request: RawRequest) => void;

/**
 * A TCP server that speaks just enough HTTP/1.1 to read a client's requests (a head and a
 * Content-Length body, one after another on a connection) and leaves the answers to the test:
 * valid, malformed, truncated, oversized or slow, split however it likes.
 */
export async function startRawHttpServer(reply: RawReply): Promise<RawHttpServer> {
  const raw: RawHttpServer = { url: '', connections: [], requests: [], stop: () => Promise.resolve() };
  const server: Server = createServer((socket) => {
    socket.setNoDelay(true);
    socket.on('error', () => undefined);
    const connection: RawConnection = { socket, isClosed: false, closed: new Promise((resolve) => socket.once('close', () => resolve())) };
    void connection.closed.then(() => (connection.isClosed = true));
    const number = raw.connections.push(connection) - 1;
    let pending = Buffer.alloc(0);
    let index = 0;
    socket.on('data', (chunk: Buffer) => {
      pending = Buffer.concat([pending, chunk]);
      for (;;) {
        const headEnd = pending.indexOf('\r\n\r\n');
        if (headEnd < 0) return;
        const head = pending.toString('latin1', 0, headEnd);
        const length = Number(/\r\ncontent-length: (\d+)/i.exec(head)?.[1] ?? 0);
        if (pending.length < headEnd + 4 + length) return;
        const request: RawRequest = {
          connection: number,
          index: index++,
          head,
          body: pending.toString('utf8', headEnd + 4, headEnd + 4 + length),
        };
        pending = pending.subarray(headEnd + 4 + length);
        raw.requests.push(request);
        reply(socket, request);
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  raw.url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/graphql`;
  raw.stop = () =>
    new Promise((resolve) => {
      for (const { socket } of raw.connections) socket.destroy();
      server.close(() => resolve());
    });
  return raw;
}

/** Writes `pieces` one at a time, each after the last has gone out and `pauseMs` has passed; stops if the connection closes. */
export async function writePieces(socket: Socket, pieces: Buffer[], pauseMs = 1): Promise<void> {
  for (const piece of pieces) {
    if (socket.destroyed) return;
    await new Promise<void>((resolve) => socket.write(piece, () => resolve()));
    if (pauseMs > 0) await new Promise((resolve) => setTimeout(resolve, pauseMs));
  }
}

/**
 * Writes `total` bytes of `unit` repeated, as fast as the client reads them and no faster (so the
 * server holds little of it); stops when the connection closes. Resolves with the bytes written.
 */
export async function streamRepeated(socket: Socket, unit: Buffer, total: number): Promise<number> {
  let written = 0;
  while (written < total && !socket.destroyed) {
    const piece = total - written >= unit.length ? unit : unit.subarray(0, total - written);
    written += piece.length;
    if (!socket.write(piece)) {
      await new Promise<void>((resolve) => {
        const done = () => {
          socket.off('drain', done);
          socket.off('close', done);
          resolve();
        };
        socket.on('drain', done);
        socket.on('close', done);
      });
    }
  }
  return written;
}
