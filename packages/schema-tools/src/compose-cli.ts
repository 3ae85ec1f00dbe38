import { writeFileSync } from 'node:fs';
import { SUPERGRAPH_PATH } from '@civic/gateway/subgraphs';
import { composeSupergraph } from './compose-supergraph';

try {
  writeFileSync(SUPERGRAPH_PATH, composeSupergraph());
  console.log(`wrote ${SUPERGRAPH_PATH}`);
} catch (err) {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
}
