import { z } from 'zod';
import { LOG_LEVELS } from '../observability/log-levels';
import { defineSetting } from './setting';
import { nonNegativeInteger, oneOf, portNumber, text, valueParser } from './value-parsers';

/** The identity secret every process uses unless told otherwise; refused in production. */
export const DEVELOPMENT_INTERNAL_SECRET = 'dev-internal-secret-change-me';

export const NODE_ENV = defineSetting({
  name: 'NODE_ENV',
  readBy: ['G', 'S', 'L'],
  meaning:
    '`production` refuses development secrets (below; every process names all that are missing and exits), stops printing demo tokens, and makes `SEED_DEMO` default to `false`',
  parser: valueParser(
    'must be text',
    z.string().transform((value) => value === 'production'),
  ),
  fallback: false,
  shownDefault: 'unset',
});

export const LOG_LEVEL = defineSetting({
  name: 'LOG_LEVEL',
  readBy: ['G', 'S', 'L'],
  meaning:
    '`fatal`, `error`, `warn`, `info` (one line per GraphQL operation), `debug`, `trace` or `silent`. Logs are JSON lines (pino), `warn` and above on stderr, the rest on stdout; start-up and shutdown lines are written even at `warn`. `npm start` prints them readably in a terminal (not in production). Tests run at `warn`',
  parser: oneOf(LOG_LEVELS),
  fallback: 'info',
});

export const SHUTDOWN_DRAIN_MS = defineSetting({
  name: 'SHUTDOWN_DRAIN_MS',
  readBy: ['G', 'S', 'L'],
  meaning:
    'on SIGTERM/SIGINT, how long in-flight requests may finish before connections are cut; the launcher waits that plus 2 s before SIGKILL',
  parser: nonNegativeInteger,
  fallback: 10_000,
});

export const INTERNAL_AUTH_SECRET = defineSetting({
  name: 'INTERNAL_AUTH_SECRET',
  readBy: ['G', 'S', 'L'],
  meaning:
    'HMAC secret of the identity the gateway forwards to subgraphs; the same value on every gateway and subgraph. Production: required, at least 16 characters',
  parser: text,
  fallback: DEVELOPMENT_INTERNAL_SECRET,
  shownDefault: 'a development secret',
});

export const HOST = defineSetting({
  name: 'HOST',
  readBy: ['G', 'S'],
  meaning: 'interface services listen on',
  parser: text,
  fallback: '0.0.0.0',
});

/** Each service has its own default port, which it applies when PORT is unset. */
export const PORT = defineSetting({
  name: 'PORT',
  readBy: ['G', 'S'],
  meaning: 'port of a service started alone',
  parser: portNumber,
  shownDefault: '4000 gateway, 4001 org, 4002 volunteers, 4003 campaigns, 4004 training, 4005 workspace, 4006 community, 4007 assessment',
});

/** What every service process reads: the gateway, each subgraph and the launcher. */
export const PROCESS_SETTINGS = {
  production: NODE_ENV,
  logLevel: LOG_LEVEL,
  shutdownDrainMs: SHUTDOWN_DRAIN_MS,
  internalAuthSecret: INTERNAL_AUTH_SECRET,
};

/** Where a service (the gateway, a subgraph) listens. */
export const LISTEN_SETTINGS = {
  host: HOST,
  port: PORT,
};
