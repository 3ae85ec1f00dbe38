import { Kind, parse, type DirectiveNode, type DefinitionNode } from 'graphql';

/** Which subgraph serves what, read from a supergraph's join directives. */
export interface SupergraphOwnership {
  /** Subgraph names in the supergraph's order. */
  subgraphs: string[];
  /** Type name → the subgraphs that define it, each with its entity key and whether it resolves it (false: key-only stub). */
  types: Map<string, TypeInSubgraph[]>;
  /** "Type.field" (fields, input fields) or "Enum.VALUE" → the subgraphs that resolve or define it. */
  members: Map<string, string[]>;
}

export interface TypeInSubgraph {
  subgraph: string;
  key?: string;
  resolvable: boolean;
}

const FEDERATION_PREFIXES = ['join__', 'link__'];

export function supergraphOwnership(supergraphSdl: string): SupergraphOwnership {
  const document = parse(supergraphSdl);
  const graphNames = new Map<string, string>();
  for (const def of document.definitions) {
    if (def.kind !== Kind.ENUM_TYPE_DEFINITION || def.name.value !== 'join__Graph') continue;
    for (const value of def.values ?? []) {
      const name = argument(
        value.directives?.find((d) => d.name.value === 'join__graph'),
        'name',
      );
      if (typeof name === 'string') graphNames.set(value.name.value, name);
    }
  }
  const graphOf = (directive: DirectiveNode) => {
    const graph = argument(directive, 'graph');
    return typeof graph === 'string' ? graphNames.get(graph) : undefined;
  };
  const types = new Map<string, TypeInSubgraph[]>();
  const members = new Map<string, string[]>();
  for (const def of document.definitions) {
    const name = typeName(def);
    if (!name || FEDERATION_PREFIXES.some((p) => name.startsWith(p))) continue;
    const directives = 'directives' in def ? (def.directives ?? []) : [];
    const inSubgraphs = directives
      .filter((d) => d.name.value === 'join__type')
      .map((d) => ({ subgraph: graphOf(d)!, key: stringArgument(d, 'key'), resolvable: argument(d, 'resolvable') !== false }))
      .filter((t) => t.subgraph);
    types.set(name, inSubgraphs);
    const everywhere = [...new Set(inSubgraphs.map((t) => t.subgraph))];
    if (def.kind === Kind.ENUM_TYPE_DEFINITION) {
      for (const value of def.values ?? []) {
        const owners = (value.directives ?? []).filter((d) => d.name.value === 'join__enumValue').map(graphOf);
        members.set(`${name}.${value.name.value}`, owners.length ? unique(owners) : everywhere);
      }
    }
    if (
      def.kind === Kind.OBJECT_TYPE_DEFINITION ||
      def.kind === Kind.INTERFACE_TYPE_DEFINITION ||
      def.kind === Kind.INPUT_OBJECT_TYPE_DEFINITION
    ) {
      for (const field of def.fields ?? []) {
        const joins = (field.directives ?? []).filter((d) => d.name.value === 'join__field');
        // A field with no @join__field, or one without a graph, is served wherever its type is.
        const owners =
          joins.length === 0 || joins.some((d) => !argument(d, 'graph'))
            ? everywhere
            : joins.filter((d) => argument(d, 'external') !== true).map(graphOf);
        members.set(`${name}.${field.name.value}`, unique(owners));
      }
    }
  }
  return { subgraphs: [...graphNames.values()], types, members };
}

function typeName(def: DefinitionNode): string | undefined {
  switch (def.kind) {
    case Kind.OBJECT_TYPE_DEFINITION:
    case Kind.INTERFACE_TYPE_DEFINITION:
    case Kind.UNION_TYPE_DEFINITION:
    case Kind.ENUM_TYPE_DEFINITION:
    case Kind.INPUT_OBJECT_TYPE_DEFINITION:
    case Kind.SCALAR_TYPE_DEFINITION:
      return def.name.value;
    default:
      return undefined;
  }
}

function argument(directive: DirectiveNode | undefined, name: string): string | boolean | undefined {
  const value = directive?.arguments?.find((a) => a.name.value === name)?.value;
  if (!value) return undefined;
  if (value.kind === Kind.ENUM || value.kind === Kind.STRING) return value.value;
  if (value.kind === Kind.BOOLEAN) return value.value;
  return undefined;
}

function stringArgument(directive: DirectiveNode, name: string): string | undefined {
  const value = argument(directive, name);
  return typeof value === 'string' ? value : undefined;
}

function unique(values: (string | undefined)[]): string[] {
  return [...new Set(values.filter((v): v is string => Boolean(v)))];
}
