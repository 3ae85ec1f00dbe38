import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApolloServer, BaseContext } from '@apollo/server';
import { withRequestIdOnErrors, type Route } from '@civic/runtime';
import { collectRows, ExportPageFailed } from './collect-rows';
import { csvColumns } from './csv-columns';
import { toCsv } from './csv-format';
import { inspectExportOperation } from './export-operation';
import { ExportRequestError, readExportRequest } from './export-request';
import { pageExecutor, type PageResponse } from './execute-page';

export interface CsvExportOptions<TContext extends BaseContext> {
  apollo: ApolloServer<TContext>;
  /** The same context function /graphql uses: token check and rate limit. */
  context: (req: IncomingMessage, requestId: string) => Promise<TContext>;
  maxRows: number;
  maxBodyBytes: number;
  maxTokens: number;
}

/**
 * `POST /export.csv` with `{ query, variables, operationName }`: the first list of the result as a
 * CSV file for Excel (UTF-8 with BOM), paging through a connection with `$after` up to `maxRows`.
 * Headers `x-export-rows`, `x-export-pages`, and `x-export-incomplete` (why, when rows were left out).
 */
export function csvExportRoute<TContext extends BaseContext>(options: CsvExportOptions<TContext>): Route {
  return async (req, res) => {
    const requestId = String(res.getHeader('x-request-id') ?? req.headers['x-request-id'] ?? '');
    try {
      const request = await readExportRequest(req, options.maxBodyBytes);
      const operation = inspectExportOperation(request, options.maxTokens);
      const executePage = pageExecutor(options.apollo, options.context, req, requestId, request);
      const collected = await collectRows(executePage, request.variables, {
        maxRows: options.maxRows,
        pagesWithAfter: operation?.pagesWithAfter ?? false,
      });
      res.statusCode = 200;
      res.setHeader('content-type', 'text/csv; charset=utf-8');
      res.setHeader('content-disposition', `attachment; filename="${operation?.fileName ?? 'export.csv'}"`);
      res.setHeader('cache-control', 'no-store');
      res.setHeader('x-export-rows', String(collected.rows.length));
      res.setHeader('x-export-pages', String(collected.pages));
      if (collected.truncated) res.setHeader('x-export-incomplete', collected.truncated);
      res.end(toCsv(csvColumns(collected.rows), collected.rows));
    } catch (err) {
      if (err instanceof ExportRequestError)
        return sendErrors(res, err.status, [{ message: err.message, extensions: { code: 'BAD_REQUEST' } }], requestId);
      if (err instanceof ExportPageFailed) return sendFailedPage(res, err.page, requestId);
      throw err;
    }
  };
}

/** A refused or failed page goes back as /graphql gave it (401, 403, 429 with retry-after, …). */
function sendFailedPage(res: ServerResponse, page: PageResponse, requestId: string): void {
  for (const [key, value] of page.headers) if (key !== 'content-length') res.setHeader(key, value);
  const errors = page.body.errors ?? [{ message: 'the query returned no data to export' }];
  sendErrors(res, page.status >= 400 ? page.status : statusOfCode(errors[0]?.extensions?.code), errors, requestId);
}

function statusOfCode(code: unknown): number {
  if (code === 'UNAUTHENTICATED') return 401;
  if (code === 'FORBIDDEN') return 403;
  if (code === 'SUBGRAPH_UNAVAILABLE' || code === 'SUBGRAPH_TIMEOUT' || code === 'SUBGRAPH_RESPONSE_TOO_LARGE') return 502;
  return 400;
}

function sendErrors(res: ServerResponse, status: number, errors: unknown[], requestId: string): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(withRequestIdOnErrors(JSON.stringify({ errors }), requestId));
}
