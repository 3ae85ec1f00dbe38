import { createWriteStream } from 'node:fs';
import { request, type IncomingMessage } from 'node:http';
import { pipeline } from 'node:stream/promises';
import type { Caller } from './callers';
import { signDevToken } from '../../src';

export interface ExportDownload {
  status: number;
  headers: Headers;
  /** The HTTP trailers: a streamed export's summary (fetch cannot read them, hence node:http). */
  trailers: Headers;
  /** The body; empty when it went to a file. */
  bytes: Buffer;
  /** The body as UTF-8 text, BOM included. */
  text: string;
  json?: { errors?: { message: string; extensions?: Record<string, unknown> }[] };
  /** Whether the body was cut off before its end: the server gave the export up after the file had started. */
  broken: boolean;
}

export interface ExportBody {
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
}

export interface DownloadOptions {
  /** The request body as it is, instead of JSON of an ExportBody (for malformed requests). */
  rawBody?: string;
  headers?: Record<string, string>;
  /** Stream the body into this file instead of memory (for exports too large to hold). */
  toFile?: string;
}

/** POSTs a query to the gateway's /export.csv or /export.xlsx as the caller would (a dev token, none for ANONYMOUS). */
export async function downloadExport(
  gatewayUrl: string,
  caller: Caller,
  format: 'csv' | 'xlsx',
  body: ExportBody,
  options: DownloadOptions = {},
): Promise<ExportDownload> {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...options.headers };
  if (caller.role !== 'ANONYMOUS') {
    headers.authorization = `Bearer ${await signDevToken({ role: caller.role, orgUnitCode: caller.orgUnitCode, volunteerId: caller.volunteerId, subject: caller.subject })}`;
  }
  const url = gatewayUrl.replace(/\/graphql$/, `/export.${format}`);
  const res = await new Promise<IncomingMessage>((resolve, reject) => {
    const req = request(url, { method: 'POST', headers }, resolve);
    req.on('error', reject);
    req.end(options.rawBody ?? JSON.stringify(body));
  });
  const bytes = await readBody(res, options.toFile);
  const text = bytes.toString('utf8');
  const type = String(res.headers['content-type'] ?? '');
  return {
    status: res.statusCode ?? 0,
    headers: toHeaders(res.headers),
    trailers: toHeaders(res.trailers),
    bytes,
    text,
    json: type.includes('application/json') ? (JSON.parse(text) as ExportDownload['json']) : undefined,
    broken: !res.complete,
  };
}

async function readBody(res: IncomingMessage, toFile: string | undefined): Promise<Buffer> {
  if (toFile) {
    await pipeline(res, createWriteStream(toFile)).catch(() => undefined);
    return Buffer.alloc(0);
  }
  const chunks: Buffer[] = [];
  await new Promise<void>((resolve) => {
    res.on('data', (chunk: Buffer) => chunks.push(chunk));
    res.on('error', () => undefined);
    res.on('close', resolve);
  });
  return Buffer.concat(chunks);
}

function toHeaders(fields: Record<string, string | string[] | undefined>): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(fields))
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  return headers;
}

/** Starts an export and goes away as soon as the first bytes of the file arrive, as a user who cancels the download. */
export async function cancelExportOnFirstBytes(
  gatewayUrl: string,
  caller: Caller,
  format: 'csv' | 'xlsx',
  body: ExportBody,
): Promise<void> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (caller.role !== 'ANONYMOUS') headers.authorization = `Bearer ${await signDevToken({ role: caller.role, subject: caller.subject })}`;
  await new Promise<void>((resolve, reject) => {
    const req = request(gatewayUrl.replace(/\/graphql$/, `/export.${format}`), { method: 'POST', headers }, (res) => {
      res.once('data', () => {
        req.destroy();
        resolve();
      });
    });
    req.on('error', (err) => (req.destroyed ? resolve() : reject(err)));
    req.end(JSON.stringify(body));
  });
}
