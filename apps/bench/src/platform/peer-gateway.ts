import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { IDENTITY_HEADER } from '@civic/runtime';
import { SUBGRAPHS } from '@civic/gateway';

/**
 * Files for the peer gateway (@graphql-hive/gateway) in `dir`: our committed supergraph with the
 * subgraph URLs pointed at the bench's ports (nothing else changed), and a config that forwards the
 * client's signed identity header to every subgraph, the way our gateway forwards the one it signs.
 */
export function writePeerGatewayFiles(
  dir: string,
  supergraphPath: string,
  subgraphUrls: Record<string, string>,
): { supergraph: string; config: string } {
  let sdl = readFileSync(supergraphPath, 'utf8');
  for (const s of SUBGRAPHS) {
    sdl = sdl.replace(new RegExp(`url: "http://localhost:${s.defaultPort}/graphql"`, 'g'), `url: "${subgraphUrls[s.name]}"`);
  }
  const supergraph = join(dir, 'supergraph.graphql');
  writeFileSync(supergraph, sdl);
  const config = join(dir, 'gateway.config.mjs');
  writeFileSync(
    config,
    `export const gatewayConfig = {
  propagateHeaders: {
    fromClientToSubgraphs: ({ request }) => ({ '${IDENTITY_HEADER}': request.headers.get('${IDENTITY_HEADER}') ?? '' }),
  },
};
`,
  );
  return { supergraph, config };
}

/** The hive-gateway command line script of the installed package. */
export function peerGatewayBin(): string {
  const manifestPath = require.resolve('@graphql-hive/gateway/package.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { bin: string | Record<string, string> };
  const bin = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin['hive-gateway'];
  return join(dirname(manifestPath), bin);
}
