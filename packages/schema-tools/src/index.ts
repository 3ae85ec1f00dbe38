export { composeApiSchema, composeSupergraph } from './compose-supergraph';
export { apiSchemaOfSupergraph } from './api-schema-of-supergraph';
export { expectedSchemaDocs, staleSchemaDocs, writeSchemaDocs } from './schema-docs-files';
export {
  expectedConfigurationDocs,
  staleConfigurationDocs,
  TABLE_END,
  TABLE_START,
  writeConfigurationDocs,
} from './config-docs/configuration-docs-files';
export { documentedSettings, readersMissing } from './config-docs/documented-settings';
export { processConfigurations } from './config-docs/process-configurations';
