import type { Caller } from './callers';
import { signDevToken } from '../../src';

export interface CsvResponse {
  status: number;
  headers: Headers;
  bytes: Buffer;
  /** The body as UTF-8 text, BOM included. */
  text: string;
  json?: { errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

/** POSTs a query to the gateway's /export.csv as the caller would (a dev token, none for ANONYMOUS). */
export async function exportCsvAs(
  gatewayUrl: string,
  caller: Caller,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<CsvResponse> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (caller.role !== 'ANONYMOUS') {
    headers.authorization = `Bearer ${await signDevToken({ role: caller.role, orgUnitCode: caller.orgUnitCode, volunteerId: caller.volunteerId, subject: caller.subject })}`;
  }
  const res = await fetch(gatewayUrl.replace(/\/graphql$/, '/export.csv'), {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, variables }),
  });
  const bytes = Buffer.from(await res.arrayBuffer());
  const text = bytes.toString('utf8');
  const json = res.headers.get('content-type')?.includes('application/json') ? (JSON.parse(text) as CsvResponse['json']) : undefined;
  return { status: res.status, headers: res.headers, bytes, text, json };
}
