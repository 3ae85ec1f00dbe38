import { GraphQLError, Kind, visit, type DocumentNode, type FieldNode } from 'graphql';

const TYPENAME = '__typename';

/** The document with each field aliased `__typename` (e.g. `__typename: name`) under another alias, and that alias. */
export interface RenamedTypenameAliases {
  document: DocumentNode;
  alias: string;
}

/**
 * Apollo's gateway takes a `__typename` key in a subgraph's answer for the object's type name, so
 * a field aliased `__typename` came back null, with an INVALID_GRAPHQL entry, or as a 500 when its
 * value was not a string; the single-fetch shortcut answered the field's value. The spec allows
 * the alias: under an alias used nowhere else in the document, the field goes through either path
 * as any other field, and restoreTypenameAliases gives its key back in the answer.
 */
export function renameTypenameAliases(document: DocumentNode): RenamedTypenameAliases | undefined {
  const names = new Set<string>();
  let aliased = false;
  visit(document, {
    Name(node) {
      names.add(node.value);
    },
    Field(node) {
      aliased ||= isAliasedTypename(node);
    },
  });
  if (!aliased) return undefined;
  let alias = 'aliasedTypename';
  for (let n = 1; names.has(alias); n += 1) alias = `aliasedTypename${n}`;
  const renamed = visit(document, {
    Field(node) {
      return isAliasedTypename(node) ? { ...node, alias: { kind: Kind.NAME, value: alias } } : undefined;
    },
  });
  return { document: renamed, alias };
}

function isAliasedTypename(field: FieldNode): boolean {
  return field.alias?.value === TYPENAME && field.name.value !== TYPENAME;
}

/**
 * The answer with `alias` back as `__typename`, keys in their order, in the data and in the errors'
 * paths. Every key named `alias` is one of the renamed fields: the alias is no other name of the
 * document, and no leaf of the schema is an object.
 */
export function restoreTypenameAliases<R extends { data?: unknown; errors?: readonly GraphQLError[] }>(result: R, alias: string): R {
  const restored: R = { ...result };
  if (result.data !== undefined) restored.data = renameKeys(result.data, alias);
  if (result.errors) restored.errors = result.errors.map((error) => (error.path?.includes(alias) ? withPath(error, alias) : error));
  return restored;
}

function renameKeys(value: unknown, alias: string): unknown {
  if (Array.isArray(value)) return value.map((item) => renameKeys(item, alias));
  if (typeof value !== 'object' || value === null) return value;
  const renamed: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) renamed[key === alias ? TYPENAME : key] = renameKeys(item, alias);
  return renamed;
}

function withPath(error: GraphQLError, alias: string): GraphQLError {
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path?.map((key) => (key === alias ? TYPENAME : key)),
    originalError: error.originalError,
    extensions: error.extensions,
  });
}
