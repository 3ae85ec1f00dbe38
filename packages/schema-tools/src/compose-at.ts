import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { composeServices } from '@apollo/composition';
import { parse, type GraphQLSchema } from 'graphql';
import { defaultSubgraphUrl, REPO_ROOT, SUBGRAPHS } from '@civic/gateway/subgraphs';

export interface Composition {
  supergraphSdl: string;
  apiSchema: GraphQLSchema;
}

/** Where the committed files live under a checkout (the repository itself, or a copy of it). */
export function checkoutPaths(root = REPO_ROOT) {
  return {
    root,
    supergraph: join(root, 'supergraph', 'supergraph.graphql'),
    contractCheck: join(root, 'docs', 'contract', 'check-contract.mjs'),
    subgraphSdl: (name: string) => {
      const subgraph = SUBGRAPHS.find((s) => s.name === name)!;
      return join(root, relative(REPO_ROOT, subgraph.packageDir), 'schema.graphql');
    },
  };
}

/** Composes the subgraph SDLs committed under `root` (as `npm run compose` does for the repository). */
export function composeAt(root = REPO_ROOT): Composition {
  const paths = checkoutPaths(root);
  const result = composeServices(
    SUBGRAPHS.map((s) => ({ name: s.name, url: defaultSubgraphUrl(s), typeDefs: parse(readFileSync(paths.subgraphSdl(s.name), 'utf8')) })),
  );
  if (result.errors) throw new Error(`composition failed:\n${result.errors.map((e) => `- ${e.message}`).join('\n')}`);
  return { supergraphSdl: result.supergraphSdl + '\n', apiSchema: result.schema.toAPISchema().toGraphQLJSSchema() };
}
