import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Route } from '@civic/runtime';
import { loadConsoleFiles, type ConsoleFile } from './console-files';

/** Where the console is served: the same origin as /graphql, so no CORS and one token. */
export const CONSOLE_PREFIX = '/console';

const MISSING_PAGE = `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>工作台未构建</title>
<p>工作台尚未构建：在仓库根目录运行 <code>npm run build</code> 后重启网关。</p></html>`;

/**
 * `GET /console/...`: a file of the console's build by its path; any other path is one of the
 * console's own client-side routes (a shared link such as /console/campaigns?campaign=3), answered
 * with its index.html. Assets are cached for good (content-hashed names); index.html never is.
 */
export function consoleRoutes(files: Map<string, ConsoleFile> = loadConsoleFiles()): Record<string, Route> {
  const index = files.get('index.html');
  const serve: Route = (req, res) => {
    if (!index) return sendMissing(res);
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname).slice(CONSOLE_PREFIX.length + 1);
    const file = files.get(path);
    if (file) return sendFile(req, res, file);
    if (path.startsWith('assets/')) {
      res.statusCode = 404;
      return void res.end('not found');
    }
    return sendFile(req, res, index);
  };
  return {
    [`GET ${CONSOLE_PREFIX}`]: serve,
    [`HEAD ${CONSOLE_PREFIX}`]: serve,
  };
}

function sendFile(req: IncomingMessage, res: ServerResponse, file: ConsoleFile): void {
  res.setHeader('content-type', file.contentType);
  res.setHeader('cache-control', file.immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
  res.setHeader('x-content-type-options', 'nosniff');
  res.setHeader('vary', 'accept-encoding');
  const gzip = file.gzipped && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  if (gzip) res.setHeader('content-encoding', 'gzip');
  const body = gzip ? file.gzipped! : file.body;
  res.setHeader('content-length', body.length);
  res.end(req.method === 'HEAD' ? undefined : body);
}

function sendMissing(res: ServerResponse): void {
  res.statusCode = 503;
  res.setHeader('content-type', 'text/html; charset=utf-8');
  res.end(MISSING_PAGE);
}
