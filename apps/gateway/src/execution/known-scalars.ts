import { DateScalar, DateTimeScalar } from '@civic/runtime';
import { isScalarType, isSpecifiedScalarType, type GraphQLScalarType, type GraphQLSchema } from 'graphql';

/** The custom scalars of the subgraphs, as the kernel defines them for all of them. */
const KNOWN_SCALARS: ReadonlyMap<string, GraphQLScalarType> = new Map([DateScalar, DateTimeScalar].map((scalar) => [scalar.name, scalar]));

/**
 * Gives the API schema's custom scalars the subgraphs' parsing. Built from the supergraph, they
 * take any value, so "2025-02-30" passed the gateway and came back as a subgraph's 400 (an
 * unexpected error to the gateway); parsed as the subgraphs parse them, a literal that does not
 * parse fails validation and a variable fails coercion, naming the variable, before any subgraph
 * is asked and whichever way the operation is executed. In place: Apollo Server and Apollo's
 * gateway share this schema object.
 */
export function parseKnownScalars(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    const known = KNOWN_SCALARS.get(type.name);
    if (!known || !isScalarType(type)) continue;
    type.parseValue = known.parseValue;
    type.parseLiteral = (node, variables) => {
      try {
        return known.parseLiteral(node, variables);
      } catch (err) {
        // Validation reports a GraphQLError as it stands; from a plain Error it says which value of which type, and where.
        throw new Error(err instanceof Error ? err.message : String(err));
      }
    };
  }
  return schema;
}

/** Custom scalars of the schema the gateway cannot parse as their subgraphs do. */
export function unknownCustomScalars(schema: GraphQLSchema): string[] {
  return Object.values(schema.getTypeMap())
    .filter((type) => isScalarType(type) && !isSpecifiedScalarType(type) && !KNOWN_SCALARS.has(type.name))
    .map((type) => type.name);
}
