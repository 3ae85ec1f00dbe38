import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { chineseFontAssets } from './chinese-font';

/** A file the explorer page loads, served by the gateway itself (no CDN: the network may be offline). */
export interface ExplorerAsset {
  path: string;
  contentType: string;
}

/** URL prefix of the explorer's files. */
export const EXPLORER_ASSET_PREFIX = '/explorer/';

/**
 * The explorer's own script (compiled from src/explorer/browser) and style, in the build: found
 * from the package root, so that the gateway run from its sources (tests) serves the same files.
 */
export const EXPLORER_PUBLIC_DIR = join(__dirname, '..', '..', 'dist', 'explorer', 'public');

const JS = 'text/javascript; charset=utf-8';
const CSS = 'text/css; charset=utf-8';

/**
 * File name under /explorer/ → file. GraphiQL 3 ships a prebuilt UMD bundle (GraphQL and
 * CodeMirror included) that needs React 18's UMD builds as globals; all three come from the
 * gateway's own node_modules.
 */
export function explorerAssets(): Record<string, ExplorerAsset> {
  const graphiql = packageDir('graphiql');
  return {
    'react.production.min.js': { path: join(packageDir('react'), 'umd', 'react.production.min.js'), contentType: JS },
    'react-dom.production.min.js': { path: join(packageDir('react-dom'), 'umd', 'react-dom.production.min.js'), contentType: JS },
    'graphiql.min.js': { path: join(graphiql, 'graphiql.min.js'), contentType: JS },
    'graphiql.min.css': { path: join(graphiql, 'graphiql.min.css'), contentType: CSS },
    'explorer.js': { path: join(EXPLORER_PUBLIC_DIR, 'explorer.js'), contentType: JS },
    'export-buttons.js': { path: join(EXPLORER_PUBLIC_DIR, 'export-buttons.js'), contentType: JS },
    'explorer.css': { path: join(EXPLORER_PUBLIC_DIR, 'explorer.css'), contentType: CSS },
  };
}

/** Reads every asset once, so that a missing file stops the gateway at start, not an analyst later. */
export function loadExplorerAssets(): Map<string, { body: Buffer; contentType: string }> {
  const files = Object.entries(explorerAssets()).map(
    ([name, asset]) => [name, { body: readFileSync(asset.path), contentType: asset.contentType }] as const,
  );
  return new Map([...files, ...chineseFontAssets()]);
}

function packageDir(name: string): string {
  return dirname(require.resolve(`${name}/package.json`));
}
