import { ApiError } from '../../api/api-error';
import type { TypedDocumentString } from '../../gql/graphql';

/**
 * Asks the gateway for a workbook of a query's lists (POST /export.xlsx: a sheet per list, Chinese
 * headers, every page, Beijing time) and saves it under `fileName`. `operationName` picks one
 * operation of a document that holds several (the workbench's editor may).
 */
export async function downloadXlsx<TVariables>(
  document: TypedDocumentString<unknown, TVariables>,
  variables: TVariables,
  fileName: string,
  token: string | null,
  operationName?: string,
): Promise<void> {
  const response = await fetch('/export.xlsx', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: document.toString(), variables, operationName }),
  });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { errors?: { message: string; extensions?: { code?: string } }[] } | null;
    throw new ApiError(body?.errors ?? [{ message: `HTTP ${response.status}` }], response.status);
  }
  saveBlob(await response.blob(), fileName.endsWith('.xlsx') ? fileName : `${fileName}.xlsx`);
}

/** Saves a blob (a workbook, a chart's PNG) as a download. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
