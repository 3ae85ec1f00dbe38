import { request } from 'node:http';

export interface HeldRequest {
  /** Sends the rest of the body; resolves with the response once it is complete. */
  finish(): Promise<{ status: number; body: string }>;
  /** Settles when the request ends either way; rejects if the connection was cut. */
  response: Promise<{ status: number; body: string }>;
}

/**
 * A POST whose headers and first half of the body are sent at once, the rest only on `finish()`:
 * for as long as the test likes, the server has a request in flight (e.g. to shut down meanwhile).
 * It resolves once the server has accepted the request (its "100 Continue"), so the request is in
 * its handler, not merely in a socket buffer.
 */
export async function startHeldRequest(url: string, body: string, headers: Record<string, string> = {}): Promise<HeldRequest> {
  const bytes = Buffer.from(body);
  const half = Math.floor(bytes.length / 2);
  const req = request(url, {
    method: 'POST',
    agent: false,
    headers: { 'content-type': 'application/json', 'content-length': String(bytes.length), expect: '100-continue', ...headers },
  });
  const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
    req.on('response', (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      res.on('error', reject);
    });
    req.on('error', reject);
  });
  response.catch(() => undefined);
  await new Promise<void>((resolve, reject) => {
    req.once('error', reject);
    req.once('continue', () => req.write(bytes.subarray(0, half), () => resolve()));
    req.flushHeaders();
  });
  return {
    response,
    finish: () => {
      req.end(bytes.subarray(half));
      return response;
    },
  };
}
