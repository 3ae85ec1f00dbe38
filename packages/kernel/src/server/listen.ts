import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

export class PortInUseError extends Error {}

/** Listens on 127.0.0.1-or-HOST:port; port 0 picks a free one. Fails with a message naming the service. */
export function listen(
  service: string,
  port: number,
  handler: (req: IncomingMessage, res: ServerResponse) => void,
): Promise<{ server: Server; port: number }> {
  const server = createServer(handler);
  server.keepAliveTimeout = 5000;
  return new Promise((resolve, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EADDRINUSE') reject(new PortInUseError(`${service}: port ${port} is already in use`));
      else reject(new Error(`${service}: cannot listen on port ${port}: ${err.message}`));
    });
    server.listen(port, process.env.HOST ?? '0.0.0.0', () => {
      const address = server.address();
      resolve({ server, port: typeof address === 'object' && address ? address.port : port });
    });
  });
}

/** Stops accepting connections, lets in-flight requests finish, then closes idle keep-alive sockets. */
export function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeIdleConnections();
  });
}
