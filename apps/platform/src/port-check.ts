import { createServer } from 'node:net';

/** Resolves when the port can be bound; rejects with a message naming the service otherwise. */
export function assertPortFree(service: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (err: NodeJS.ErrnoException) =>
      reject(
        new Error(err.code === 'EADDRINUSE' ? `${service}: port ${port} is already in use` : `${service}: port ${port}: ${err.message}`),
      ),
    );
    probe.listen(port, () => probe.close(() => resolve()));
  });
}
