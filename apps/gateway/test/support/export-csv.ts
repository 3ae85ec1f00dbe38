import type { Caller } from './callers';
import { downloadExport, type ExportDownload } from './export-download';

/** POSTs a query to the gateway's /export.csv as the caller would (a dev token, none for ANONYMOUS). */
export function exportCsvAs(
  gatewayUrl: string,
  caller: Caller,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<ExportDownload> {
  return downloadExport(gatewayUrl, caller, 'csv', { query, variables });
}
