import type { IncomingMessage } from 'node:http';
import type { ApolloServer, BaseContext } from '@apollo/server';
import type { Logger, Route } from '@civic/runtime';
import type { GraphQLSchema } from 'graphql';
import { sendErrors, sendFailedPage } from './export-errors';
import type { ExportFormat } from './export-formats';
import { incompleteNote, NO_LIST_NOTE } from './export-notes';
import { inspectExportOperation } from './export-operation';
import { ExportRequestError, readExportRequest } from './export-request';
import { ExportAborted, ExportResponse, type ExportSummary } from './export-response';
import { exportTables, type ExportTable } from './export-tables';
import type { ExportWriter } from './export-writer';
import { ExportPageFailed, pageData, pageExecutor, type ExecutePage } from './execute-page';
import { pageThrough, RowBudget, type FetchPage, type IncompleteReason } from './page-through';
import { resultShapeOf } from './result-shape';

export interface ExportRouteOptions<TContext extends BaseContext> {
  apollo: ApolloServer<TContext>;
  /** The same context function /graphql uses: token check and rate limit. */
  context: (req: IncomingMessage, requestId: string) => Promise<TContext>;
  /** The API schema Apollo serves, which the columns' headings and types come from. */
  schema: () => GraphQLSchema | undefined;
  /** A safety limit on the rows of one export, all its tables together. */
  maxRows: number;
  maxBodyBytes: number;
  maxTokens: number;
  logger: Logger;
}

/**
 * `POST /export.csv` or `/export.xlsx` with `{ query, variables, operationName }`: the query's
 * lists as a file, each connection paged through by the variable its field takes as `after`, up
 * to `maxRows` rows. Rows are written as their page arrives, so memory does not grow with the file.
 * An export of one page is answered whole: summary headers `x-export-rows`, `x-export-pages`,
 * `x-export-incomplete` (why rows were left out, when they were), and any failure as JSON like
 * /graphql's. A longer one is streamed from its second page on: the summary comes as trailers, and
 * a failure after that cuts the download off (and is logged) instead of ending a short file. A table
 * with rows left out ends with a row that says so.
 */
export function exportRoute<TContext extends BaseContext>(format: ExportFormat, options: ExportRouteOptions<TContext>): Route {
  return async (req, res) => {
    const requestId = String(res.getHeader('x-request-id') ?? req.headers['x-request-id'] ?? '');
    const log = options.logger.child({ requestId, export: format.extension });
    let response: ExportResponse | undefined;
    try {
      const request = await readExportRequest(req, options.maxBodyBytes);
      const inspected = inspectExportOperation(request, options.maxTokens);
      const executePage = pageExecutor(options.apollo, options.context, req, requestId, request);
      const first = pageData(await executePage(request.variables));
      const schema = options.schema();
      // Apollo has run the operation, so it parses and names one query of this schema.
      if (!inspected || !schema) throw new Error('the export could not read an operation that /graphql ran');
      const tables = format.tables(exportTables(first, resultShapeOf(schema, inspected.document, inspected.operation)));
      response = new ExportResponse(res, { contentType: format.contentType, fileName: `${inspected.baseName}.${format.extension}` });
      const summary = await writeExport(format.writer(response), response, tables, executePage, request.variables, options.maxRows);
      log.info(summary, 'export written');
    } catch (err) {
      response?.abandon();
      if (err instanceof ExportAborted) return log.info('export abandoned: the client closed the connection');
      if (response?.streaming && err instanceof ExportPageFailed) {
        return log.warn(
          { status: err.page.status, errors: err.page.body.errors },
          'export page failed after the file had started: download cut off',
        );
      }
      if (response?.streaming) return log.error({ err }, 'export failed after its file had started: download cut off');
      if (err instanceof ExportRequestError)
        return sendErrors(res, err.status, [{ message: err.message, extensions: { code: 'BAD_REQUEST' } }], requestId);
      if (err instanceof ExportPageFailed) return sendFailedPage(res, err.page, requestId);
      throw err;
    }
  };
}

/**
 * Writes every table, one after another, page by page, and ends the file. Each page after the first
 * is fetched only while the client is still there, and once it has been, the response streams.
 */
async function writeExport(
  writer: ExportWriter,
  response: ExportResponse,
  tables: readonly ExportTable[],
  executePage: ExecutePage,
  variables: Record<string, unknown>,
  maxRows: number,
): Promise<ExportSummary> {
  let pages = 1;
  const fetchPage: FetchPage = async (pageVariables) => {
    if (response.clientGone) throw new ExportAborted();
    const data = pageData(await executePage(pageVariables));
    pages += 1;
    response.stream();
    return data;
  };
  const budget = new RowBudget(maxRows);
  let rows = 0;
  const incomplete = new Set<IncompleteReason>();
  if (tables.length === 0) writer.writeNoteOnly(NO_LIST_NOTE);
  for (const table of tables) {
    writer.startTable(table);
    const outcome = await pageThrough(table, fetchPage, variables, budget, (items) => writer.writeRows(items));
    writer.endTable(outcome.incomplete && incompleteNote(outcome.incomplete, maxRows));
    rows += outcome.rows;
    if (outcome.incomplete) incomplete.add(outcome.incomplete);
  }
  const summary = { rows, pages, incomplete: [...incomplete] };
  response.summarize(summary);
  await writer.end();
  return summary;
}
