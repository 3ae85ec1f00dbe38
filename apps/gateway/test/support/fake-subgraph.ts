import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

export interface FakeSubgraph {
  url: string;
  /** Requests received so far. */
  hits: number;
  stop(): Promise<void>;
}

/**
 * A stand-in for one subgraph, for tests about a subgraph that misbehaves (hangs) or about
 * whether the gateway called it at all. `respond` decides what happens to each request.
 */
export async function startFakeSubgraph(respond: (req: IncomingMessage, res: ServerResponse) => void): Promise<FakeSubgraph> {
  const sockets = new Set<import('node:net').Socket>();
  const fake: FakeSubgraph = { url: '', hits: 0, stop: () => Promise.resolve() };
  const server: Server = createServer((req, res) => {
    fake.hits += 1;
    respond(req, res);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  fake.url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/graphql`;
  fake.stop = () =>
    new Promise((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    });
  return fake;
}

/** Never answers: the connection stays open until the test stops the server. */
export const hang = (req: IncomingMessage) => void req.resume();
