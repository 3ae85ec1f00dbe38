import type { Random } from './prng';

/** One request to throw at the gateway. */
export interface FuzzCase {
  kind: string;
  method: string;
  search?: string;
  headers: Record<string, string>;
  body?: string | Buffer;
}

export const ACCEPTS = ['application/json', 'application/graphql-response+json', '*/*', 'text/html', 'image/png', 'multipart/mixed', ''];

/** A JSON POST of `body`, with one of the JSON content types and any accept header. */
export const jsonCase = (r: Random, body: unknown, kind: string): FuzzCase => ({
  kind,
  method: 'POST',
  headers: {
    'content-type': r.pick(['application/json', 'application/json', 'application/graphql-response+json']),
    accept: r.pick(ACCEPTS),
  },
  body: JSON.stringify(body),
});
