import { CONFIGURATION_DOCS, writeConfigurationDocs } from './config-docs/configuration-docs-files';

/** `npm run config:docs`: writes the README's configuration table and turbo's pass-through list from the settings definitions. */
try {
  const changed = writeConfigurationDocs();
  console.log(
    changed.length > 0 ? `wrote ${changed.join(', ')}` : `${CONFIGURATION_DOCS.join(' and ')} already match the settings definitions`,
  );
} catch (err) {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
}
