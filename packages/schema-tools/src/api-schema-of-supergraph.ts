import { buildASTSchema, Kind, parse, visit, type ASTNode, type DocumentNode, type GraphQLSchema } from 'graphql';

const FEDERATION_PREFIXES = ['join__', 'link__'];
const isFederationName = (name: string) =>
  name === 'link' || name === 'inaccessible' || FEDERATION_PREFIXES.some((p) => name.startsWith(p));

/**
 * The API schema a Federation 2 router serves from a supergraph SDL: the supergraph without the
 * join/link machinery (types, directive definitions and usages) and without `@inaccessible` elements.
 * Plain graphql-js, so the committed file can be read without composing anything.
 */
export function apiSchemaOfSupergraph(supergraphSdl: string): GraphQLSchema {
  return buildASTSchema(stripFederation(parse(supergraphSdl)));
}

/** The supergraph's AST with only what clients see. */
export function stripFederation(document: DocumentNode): DocumentNode {
  const inaccessible = (node: ASTNode) => 'directives' in node && (node.directives ?? []).some((d) => d.name.value === 'inaccessible');
  return visit(document, {
    enter(node) {
      if (node.kind === Kind.DIRECTIVE) return isFederationName(node.name.value) ? null : undefined;
      if (node.kind === Kind.DIRECTIVE_DEFINITION) return isFederationName(node.name.value) ? null : undefined;
      if (
        'name' in node &&
        node.name &&
        (node.kind === Kind.ENUM_TYPE_DEFINITION ||
          node.kind === Kind.SCALAR_TYPE_DEFINITION ||
          node.kind === Kind.INPUT_OBJECT_TYPE_DEFINITION)
      ) {
        if (isFederationName(node.name.value)) return null;
      }
      if (inaccessible(node)) return null;
      return undefined;
    },
  });
}
