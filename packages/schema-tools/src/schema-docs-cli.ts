import { SCHEMA_DOCS_DIR, writeSchemaDocs } from './schema-docs-files';

/** `npm run docs:schema`: regenerates docs/schema/ from the committed supergraph. */
try {
  const files = writeSchemaDocs();
  console.log(`wrote ${files.length} pages to ${SCHEMA_DOCS_DIR}: ${files.join(', ')}`);
} catch (err) {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
}
