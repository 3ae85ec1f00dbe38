import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

export class PortInUseError extends Error {}

/** Listens on host:port (the service's HOST and PORT); port 0 picks a free one. Fails with a message naming the service. */
export function listen(
  service: string,
  { host, port }: { host: string; port: number },
  handler: (req: IncomingMessage, res: ServerResponse) => void,
): Promise<{ server: Server; port: number }> {
  const server = createServer((req, res) => {
    // A request that arrives on a kept-alive connection while shutting down is served, but it is the last one.
    if (!server.listening) res.setHeader('connection', 'close');
    handler(req, res);
  });
  // Longer than any client pool keeps an idle socket (the gateway's to its subgraphs), so a reused socket is never closed under it.
  server.keepAliveTimeout = 65000;
  server.headersTimeout = 66000;
  return new Promise((resolve, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EADDRINUSE') reject(new PortInUseError(`${service}: port ${port} is already in use`));
      else reject(new Error(`${service}: cannot listen on port ${port}: ${err.message}`));
    });
    server.listen(port, host, () => {
      const address = server.address();
      resolve({ server, port: typeof address === 'object' && address ? address.port : port });
    });
  });
}

const IDLE_SWEEP_MS = 50;

/**
 * Stops accepting connections at once, lets in-flight requests finish, and closes each kept-alive
 * connection as soon as it falls idle. Whatever is still running after `drainTimeoutMs` (the
 * service's SHUTDOWN_DRAIN_MS) is cut off.
 */
export function closeServer(server: Server, drainTimeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    // Node only closes idle connections once, when close() is called; finishing requests leave more behind.
    const sweep = setInterval(() => server.closeIdleConnections(), IDLE_SWEEP_MS);
    const deadline = setTimeout(() => server.closeAllConnections(), drainTimeoutMs);
    server.close(() => {
      clearInterval(sweep);
      clearTimeout(deadline);
      resolve();
    });
    server.closeIdleConnections();
  });
}
