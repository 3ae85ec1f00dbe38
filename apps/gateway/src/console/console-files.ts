import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/** A file of the console's build, held in memory, with its gzip form when that is smaller. */
export interface ConsoleFile {
  body: Buffer;
  gzipped?: Buffer;
  contentType: string;
  /** Vite names every asset after its content: such a file never changes under its name. */
  immutable: boolean;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.map': 'application/json; charset=utf-8',
};

const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.map']);

/** The console's build output (`apps/console/dist`), found through its package. */
export function consoleDistDir(): string {
  return join(dirname(require.resolve('@civic/console/package.json')), 'dist');
}

/**
 * Reads every file of the build once, at start, and compresses the text ones: a county's network
 * may be slow, and the first screen's script is the largest thing the console sends.
 * Empty when the console has not been built (the gateway then answers that it is missing).
 */
export function loadConsoleFiles(dir = consoleDistDir()): Map<string, ConsoleFile> {
  const files = new Map<string, ConsoleFile>();
  if (!existsSync(join(dir, 'index.html'))) return files;
  for (const path of walk(dir)) {
    const name = relative(dir, path).split(sep).join('/');
    const extension = extname(name);
    const body = readFileSync(path);
    const gzipped = COMPRESSIBLE.has(extension) ? gzipSync(body, { level: 9 }) : undefined;
    files.set(name, {
      body,
      gzipped: gzipped && gzipped.length < body.length ? gzipped : undefined,
      contentType: CONTENT_TYPES[extension] ?? 'application/octet-stream',
      immutable: name.startsWith('assets/'),
    });
  }
  return files;
}

function* walk(dir: string): Generator<string> {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) yield* walk(path);
    else yield path;
  }
}
