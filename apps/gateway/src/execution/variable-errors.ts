import {
  getVariableValues,
  GraphQLError,
  isNonNullType,
  TypeInfo,
  ValidationContext,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';

/**
 * What is wrong with the request's variables for the operation, as graphql-js words it (Apollo
 * Server answers these as BAD_USER_INPUT with status 400): coercion against the schema (whose
 * custom scalars parse as the subgraphs', see parseKnownScalars), then an explicit null where the
 * variable is used as a non-null value.
 */
export function variableErrors(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  given: Readonly<Record<string, unknown>>,
): readonly GraphQLError[] {
  const definitions = operation.variableDefinitions ?? [];
  const coerced = getVariableValues(schema, definitions, given);
  if (coerced.errors) return coerced.errors;
  const nulls = new Set(definitions.map((d) => d.variable.name.value).filter((name) => coerced.coerced[name] === null));
  return nulls.size === 0 ? [] : nullsInNonNullPositions(schema, document, operation, nulls);
}

/**
 * Validation lets `$b: Boolean = false` be used where a Boolean! is expected (`@include(if: $b)`):
 * the default stands in for a variable left out, but an explicit null is coerced as null, which no
 * executor can take there (Apollo's gateway failed the request with a 500).
 */
function nullsInNonNullPositions(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  nulls: Set<string>,
): GraphQLError[] {
  const context = new ValidationContext(schema, document, new TypeInfo(schema), () => undefined);
  const errors: GraphQLError[] = [];
  for (const { node, type } of context.getRecursiveVariableUsages(operation)) {
    const name = node.name.value;
    if (!type || !isNonNullType(type) || !nulls.delete(name)) continue;
    const definition = operation.variableDefinitions?.find((d) => d.variable.name.value === name);
    errors.push(
      new GraphQLError(
        `Variable "$${name}" got invalid value null; Expected non-nullable type "${String(type)}" not to be null (its default stands only for a value left out).`,
        {
          nodes: definition,
        },
      ),
    );
  }
  return errors;
}
