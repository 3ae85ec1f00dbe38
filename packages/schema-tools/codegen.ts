import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CodegenConfig } from '@graphql-codegen/cli';
import { printSchema } from 'graphql';
import { REPO_ROOT, SUPERGRAPH_PATH } from '@civic/gateway/subgraphs';
import { apiSchemaOfSupergraph } from './src/api-schema-of-supergraph';

/**
 * GraphQL Code Generator's configuration (`npm run codegen`): result and variables types for every
 * operation the gateway's tests send (`graphql(...)` calls there, and the contract's client operations)
 * and every operation the console sends, checked against the API schema of the committed supergraph.
 * The output is committed, so a fresh clone builds and runs the tests without generating anything;
 * test/gateway-test-types.test.ts fails when it is stale.
 */
const GATEWAY_TEST_DIR = join(REPO_ROOT, 'apps', 'gateway', 'test');
const GENERATED_DIR = join(GATEWAY_TEST_DIR, 'generated');
const CONSOLE_SRC_DIR = join(REPO_ROOT, 'apps', 'console', 'src');
const CONSOLE_GENERATED_DIR = join(CONSOLE_SRC_DIR, 'gql');

/** Both outputs: typed documents as strings (sent as they are), dates as the ISO strings the API answers. */
const TYPED_STRINGS = {
  preset: 'client',
  presetConfig: { fragmentMasking: false },
  config: {
    documentMode: 'string',
    useTypeImports: true,
    scalars: { Date: 'string', DateTime: 'string' },
    defaultScalarType: 'unknown',
  },
} as const;

const config: CodegenConfig = {
  // The printed SDL, not a file: what clients see is computed from the supergraph, never copied.
  schema: printSchema(apiSchemaOfSupergraph(readFileSync(SUPERGRAPH_PATH, 'utf8'))),
  // Only the generated graphql(): tests' own helpers named gql send strings, some broken on purpose.
  pluckConfig: { globalGqlIdentifierName: 'graphql' },
  generates: {
    [`${GENERATED_DIR}/`]: {
      ...TYPED_STRINGS,
      documents: [
        join(GATEWAY_TEST_DIR, '**', '*.ts'),
        `!${join(GENERATED_DIR, '**')}`,
        join(REPO_ROOT, 'docs', 'contract', 'operations', '*.graphql'),
      ],
    },
    // The console's typed client: frontend teams copy this pattern (docs/guides/frontend.md).
    [`${CONSOLE_GENERATED_DIR}/`]: {
      ...TYPED_STRINGS,
      documents: [join(CONSOLE_SRC_DIR, '**', '*.{ts,tsx}'), `!${join(CONSOLE_GENERATED_DIR, '**')}`],
    },
  },
  silent: true,
};

export default config;
