import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { composeServices } from '@apollo/composition';
import { parse, type GraphQLSchema } from 'graphql';
import { defaultSubgraphUrl, SUBGRAPHS } from '@civic/gateway/subgraphs';

/** Composes the committed subgraph SDLs into the supergraph SDL, ahead of time (no services needed). */
export function composeSupergraph(): string {
  return compose().supergraphSdl + '\n';
}

/** The public API the gateway serves (the supergraph without federation machinery), as a graphql-js schema. */
export function composeApiSchema(): GraphQLSchema {
  return compose().schema.toAPISchema().toGraphQLJSSchema();
}

function compose() {
  const result = composeServices(
    SUBGRAPHS.map((s) => ({
      name: s.name,
      url: defaultSubgraphUrl(s),
      typeDefs: parse(readFileSync(join(s.packageDir, 'schema.graphql'), 'utf8')),
    })),
  );
  if (result.errors) {
    throw new Error(`composition failed:\n${result.errors.map((e) => `- ${e.message}`).join('\n')}`);
  }
  return result;
}
