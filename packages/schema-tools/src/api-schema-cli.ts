import { readFileSync, writeFileSync } from 'node:fs';
import { printSchema } from 'graphql';
import { apiSchemaOfSupergraph } from './api-schema-of-supergraph';
import { SUPERGRAPH_PATH } from '@civic/gateway/subgraphs';

/**
 * `npm run schema:api [-- <file>]`: the API schema clients see (the committed supergraph without
 * federation machinery), for code generators and linters; stdout without a file.
 */
try {
  const sdl = printSchema(apiSchemaOfSupergraph(readFileSync(SUPERGRAPH_PATH, 'utf8'))) + '\n';
  const out = process.argv[2];
  if (out) {
    writeFileSync(out, sdl);
    console.error(`wrote the API schema to ${out}`);
  } else {
    process.stdout.write(sdl);
  }
} catch (err) {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
}
