import type { IncomingMessage } from 'node:http';

/** The first value of a request header (node gives repeated headers as arrays). */
export function headerValue(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}
