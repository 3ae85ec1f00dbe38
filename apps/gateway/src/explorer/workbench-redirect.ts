import type { IncomingMessage, ServerResponse } from 'node:http';
import { prefersHtml } from './prefers-html';

/** The analysts' workbench in the console: the platform's one explorer. */
export const WORKBENCH_PATH = '/console/analysis';

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

/**
 * A browser opening /graphql (bookmarks, the old guides) is sent to the workbench with a 302;
 * GraphQL over GET and POST on /graphql goes on to `handler` as before.
 */
export function redirectBrowsersToWorkbench(handler: Handler): Handler {
  return (req, res) => {
    if (new URL(req.url ?? '/', 'http://localhost').pathname === '/graphql' && prefersHtml(req)) {
      res.statusCode = 302;
      res.setHeader('location', WORKBENCH_PATH);
      res.setHeader('cache-control', 'no-cache');
      res.setHeader('content-type', 'text/plain; charset=utf-8');
      return void res.end(`The explorer moved to ${WORKBENCH_PATH}\n`);
    }
    return handler(req, res);
  };
}
