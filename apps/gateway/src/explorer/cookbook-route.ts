import type { Route } from '@civic/runtime';
import { loadExampleOperations } from './example-operations';

/**
 * Where the console's workbench reads the cookbook (and the contract operations) from. The URL is the
 * one the retired explorer used, so links and the console's development proxy keep working.
 */
export const COOKBOOK_PATH = '/explorer/examples.json';

/** `GET /explorer/examples.json`: every example, read once at start. */
export function cookbookRoutes(): Record<string, Route> {
  const examples = JSON.stringify(loadExampleOperations());
  return {
    [`GET ${COOKBOOK_PATH}`]: (_req, res) => {
      res.setHeader('content-type', 'application/json; charset=utf-8');
      res.setHeader('cache-control', 'no-cache');
      res.end(examples);
    },
  };
}
