import { createServer, connect, type Server, type Socket } from 'node:net';

export interface TcpProxy {
  port: number;
  /** Bytes sent to the target so far, to see when a request has reached it. */
  readonly bytesForwarded: number;
  /** Simulates an outage: destroys every open connection and refuses new ones. */
  cut(): Promise<void>;
  /** Ends the outage: accepts connections on the same port again. */
  restore(): Promise<void>;
  close(): Promise<void>;
}

/**
 * A TCP proxy on 127.0.0.1 in front of `target`, which a test can cut and restore, e.g. to take
 * the database away from a running service without stopping the database itself.
 */
export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  const sockets = new Set<Socket>();
  let bytesForwarded = 0;
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  };
  const server = createServer((client) => {
    const upstream = connect(target.port, target.host);
    track(client);
    track(upstream);
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
    client.on('data', (chunk: Buffer) => (bytesForwarded += chunk.length));
    client.pipe(upstream).pipe(client);
  });
  const port = await listenOn(server, 0);
  let listening = true;
  const cut = async () => {
    if (listening) {
      listening = false;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const socket of sockets) socket.destroy();
      await closed;
    }
  };
  return {
    port,
    get bytesForwarded() {
      return bytesForwarded;
    },
    cut,
    restore: async () => {
      if (listening) return;
      await listenOn(server, port);
      listening = true;
    },
    close: cut,
  };
}

function listenOn(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
}

/** The same connection URL (user, password, database), routed through the proxy. */
export function urlThroughProxy(url: string, proxy: TcpProxy): string {
  const parsed = new URL(url);
  parsed.hostname = '127.0.0.1';
  parsed.port = String(proxy.port);
  return parsed.toString();
}

/** Host and port a connection URL points at (Postgres' 5432 when it names none). */
export function urlTarget(url: string): { host: string; port: number } {
  const parsed = new URL(url);
  return { host: parsed.hostname, port: Number(parsed.port || 5432) };
}
