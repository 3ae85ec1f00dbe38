import { findBreakingChanges, findDangerousChanges, type GraphQLSchema } from 'graphql';

export interface SchemaChanges {
  breaking: string[];
  dangerous: string[];
}

/**
 * How a new API schema differs from the old one for clients: breaking changes (a removed or
 * retyped field, argument or enum value, a new required argument…) make existing operations fail;
 * dangerous ones (a new enum value, a changed default) may change what they get.
 */
export function schemaChanges(before: GraphQLSchema, after: GraphQLSchema): SchemaChanges {
  return {
    breaking: findBreakingChanges(before, after).map((c) => `${c.type}: ${c.description}`),
    dangerous: findDangerousChanges(before, after).map((c) => `${c.type}: ${c.description}`),
  };
}
