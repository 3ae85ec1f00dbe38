import type { Route } from '@civic/runtime';
import { EXPLORER_ASSET_PREFIX, loadExplorerAssets } from './explorer-assets';
import { loadExampleOperations } from './example-operations';

/** Where the page fetches its examples. */
export const EXAMPLES_PATH = `${EXPLORER_ASSET_PREFIX}examples.json`;

/** `GET /explorer/<file>` for each file of the page, and `GET /explorer/examples.json`. */
export function explorerRoutes(): Record<string, Route> {
  const routes: Record<string, Route> = {};
  for (const [name, asset] of loadExplorerAssets()) {
    routes[`GET ${EXPLORER_ASSET_PREFIX}${name}`] = (_req, res) => {
      res.setHeader('content-type', asset.contentType);
      res.setHeader('cache-control', 'public, max-age=300');
      res.setHeader('x-content-type-options', 'nosniff');
      res.end(asset.body);
    };
  }
  const examples = JSON.stringify(loadExampleOperations());
  routes[`GET ${EXAMPLES_PATH}`] = (_req, res) => {
    res.setHeader('content-type', 'application/json; charset=utf-8');
    res.setHeader('cache-control', 'no-cache');
    res.end(examples);
  };
  return routes;
}
