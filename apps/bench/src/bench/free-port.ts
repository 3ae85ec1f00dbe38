import { createServer } from 'node:net';

/** Ports this process has handed out: the OS may offer a just-closed port again, and two services would then race for it. */
const handedOut = new Set<number>();

/** A TCP port nobody listens on right now (the OS picks it), never the same one twice in one run. */
export async function freePort(): Promise<number> {
  for (;;) {
    const port = await osPickedPort();
    if (!handedOut.has(port)) {
      handedOut.add(port);
      return port;
    }
  }
}

function osPickedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
