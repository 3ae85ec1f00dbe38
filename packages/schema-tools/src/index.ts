export { composeApiSchema, composeSupergraph } from './compose-supergraph';
export { apiSchemaOfSupergraph } from './api-schema-of-supergraph';
export { expectedSchemaDocs, staleSchemaDocs, writeSchemaDocs } from './schema-docs-files';
