import http from 'node:http';
import https from 'node:https';

/** Idle pooled sockets close after this long: well inside the subgraphs' 65 s keep-alive, so the server never closes one just as it is reused. */
const IDLE_SOCKET_MS = 30_000;

export interface KeepAlivePostOptions {
  /** A POST (response and body) that takes longer is aborted with an `AbortError`. */
  timeoutMs: number;
  /** Sockets per subgraph origin (default 256). */
  maxSockets?: number;
}

export interface PostAnswer {
  status: number;
  statusText: string;
  contentType: string;
  body: string;
}

export type KeepAlivePost = (url: URL, body: string, headers: Record<string, string>) => Promise<PostAnswer>;

/**
 * How the gateway reaches its subgraphs: one POST over a pooled keep-alive socket, the whole body
 * read inside the deadline. Apollo's default fetcher (make-fetch-happen: retries, caching, proxy
 * agents) cost the gateway about as much CPU per operation as the subgraph it called; the gateway
 * needs none of that for its own subgraphs. Connection errors keep Node's `code` (ECONNREFUSED,
 * ECONNRESET, …), a deadline is an `AbortError`.
 */
export function keepAlivePost(options: KeepAlivePostOptions): KeepAlivePost {
  const agentOptions = { keepAlive: true, maxSockets: options.maxSockets ?? 256, scheduling: 'lifo' as const, timeout: IDLE_SOCKET_MS };
  const agents = { http: new http.Agent(agentOptions), https: new https.Agent(agentOptions) };
  return (url, body, headers) =>
    new Promise<PostAnswer>((resolve, reject) => {
      const secure = url.protocol === 'https:';
      const request = (secure ? https : http).request(url, {
        method: 'POST',
        headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
        agent: secure ? agents.https : agents.http,
      });
      const timer = setTimeout(() => request.destroy(abortError(options.timeoutMs)), options.timeoutMs);
      const fail = (err: Error) => {
        clearTimeout(timer);
        reject(err);
      };
      request.on('error', fail);
      request.on('response', (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', fail);
        response.on('aborted', () => fail(Object.assign(new Error('the subgraph closed the connection mid-response'), { code: 'ECONNRESET' })));
        response.on('end', () => {
          clearTimeout(timer);
          resolve({
            status: response.statusCode ?? 0,
            statusText: response.statusMessage ?? '',
            contentType: response.headers['content-type'] ?? '',
            body: Buffer.concat(chunks).toString('utf8'),
          });
        });
      });
      request.end(body);
    });
}

function abortError(timeoutMs: number): Error {
  const err = new Error(`no complete answer within ${timeoutMs} ms`);
  err.name = 'AbortError';
  return err;
}
