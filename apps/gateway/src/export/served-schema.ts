import type { GraphQLSchema } from 'graphql';
import type { Gateway } from '../execution/executor-wrapping-gateway';

/**
 * The API schema the gateway serves, kept as it loads or updates: what an export resolves its
 * columns against (headings from descriptions, enum labels, time scalars). Subscribe before Apollo
 * Server starts the gateway, which is when the schema first loads.
 */
export function servedSchema(gateway: Pick<Gateway, 'onSchemaLoadOrUpdate'>): () => GraphQLSchema | undefined {
  let schema: GraphQLSchema | undefined;
  gateway.onSchemaLoadOrUpdate(({ apiSchema }) => {
    schema = apiSchema;
  });
  return () => schema;
}
