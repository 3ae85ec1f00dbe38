import {
  getNamedType,
  getNullableType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  TypeNameMetaFieldDef,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/** The page size a list is assumed to have when nothing says otherwise (the API's default `first`). */
export const DEFAULT_PAGE_SIZE = 20;

export interface OperationMeasures {
  depth: number;
  aliases: number;
  rootFields: number;
  cost: number;
}

export interface MeasureInput {
  document: DocumentNode;
  operation: OperationDefinitionNode;
  /** Without it, or for fields it lacks, only explicit `first` arguments weigh. */
  schema?: GraphQLSchema;
  variables?: Record<string, unknown>;
}

interface Weight {
  depth: number;
  cost: number;
}

type AnyField = GraphQLField<unknown, unknown>;

const INTROSPECTION_ROOTS = new Set([SchemaMetaFieldDef.name, TypeMetaFieldDef.name]);

/**
 * Depth, aliases, root fields and estimated cost of one operation, fragments expanded.
 * Cost counts the objects a response may hold: a field with `first` multiplies what is under it
 * by that page size, a plain list by DEFAULT_PAGE_SIZE, so nested lists multiply. Introspection
 * (`__schema`, `__type`) costs nothing: its size is bounded by the schema, and graphql's own
 * MaxIntrospectionDepthRule refuses the nesting that would blow it up; it still counts for depth.
 * Fragments are measured once each (memoised), so a fragment fan-out cannot make this walk explode.
 */
export function measureOperation({ document, operation, schema, variables = {} }: MeasureInput): OperationMeasures {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const memo = new Map<string, Weight>();
  const visiting = new Set<string>();

  const typeNamed = (name: string | undefined): GraphQLNamedType | undefined => (name && schema ? schema.getType(name) : undefined);

  const pageSize = (field: FieldNode, definition: AnyField | undefined): number => {
    const argument = field.arguments?.find((a) => a.name.value === 'first');
    let size: unknown = definition?.args.find((a) => a.name === 'first')?.defaultValue ?? DEFAULT_PAGE_SIZE;
    if (argument?.value.kind === Kind.INT) size = Number(argument.value.value);
    if (argument?.value.kind === Kind.VARIABLE) {
      const name = argument.value.name.value;
      const declared = operation.variableDefinitions?.find((v) => v.variable.name.value === name)?.defaultValue;
      size = variables[name] ?? (declared?.kind === Kind.INT ? Number(declared.value) : DEFAULT_PAGE_SIZE);
    }
    return typeof size === 'number' && Number.isFinite(size) ? Math.max(0, size) : DEFAULT_PAGE_SIZE;
  };

  const isPaged = (field: FieldNode, definition: AnyField | undefined): boolean =>
    definition ? definition.args.some((a) => a.name === 'first') : Boolean(field.arguments?.some((a) => a.name.value === 'first'));

  const multiplier = (field: FieldNode, definition: AnyField | undefined, insidePage: boolean): number => {
    if (isPaged(field, definition)) return pageSize(field, definition);
    // The items of a page (`edges`) are already counted by the paged field above them.
    if (definition && isListType(getNullableType(definition.type))) return insidePage ? 1 : DEFAULT_PAGE_SIZE;
    return 1;
  };

  const fieldWeight = (field: FieldNode, parentType: GraphQLNamedType | undefined, insidePage: boolean): Weight => {
    const definition = fieldDefinition(parentType, field.name.value);
    if (!field.selectionSet) return { depth: 1, cost: 0 };
    const child = setWeight(field.selectionSet, definition ? getNamedType(definition.type) : undefined, isPaged(field, definition));
    if (INTROSPECTION_ROOTS.has(field.name.value)) return { depth: 1 + child.depth, cost: 0 };
    return { depth: 1 + child.depth, cost: multiplier(field, definition, insidePage) * (1 + child.cost) };
  };

  const fragmentWeight = (name: string, insidePage: boolean): Weight => {
    const key = `${name}|${insidePage}`;
    const known = memo.get(key);
    if (known) return known;
    const fragment = fragments.get(name);
    if (!fragment || visiting.has(name)) return { depth: 0, cost: 0 };
    visiting.add(name);
    const weight = setWeight(fragment.selectionSet, typeNamed(fragment.typeCondition.name.value), insidePage);
    visiting.delete(name);
    memo.set(key, weight);
    return weight;
  };

  const setWeight = (set: SelectionSetNode, parentType: GraphQLNamedType | undefined, insidePage: boolean): Weight => {
    let depth = 0;
    let cost = 0;
    for (const selection of set.selections) {
      let weight: Weight;
      if (selection.kind === Kind.FIELD) weight = fieldWeight(selection, parentType, insidePage);
      else if (selection.kind === Kind.INLINE_FRAGMENT) {
        weight = setWeight(selection.selectionSet, typeNamed(selection.typeCondition?.name.value) ?? parentType, insidePage);
      } else weight = fragmentWeight(selection.name.value, insidePage);
      depth = Math.max(depth, weight.depth);
      cost += weight.cost;
    }
    return { depth, cost };
  };

  const rootType = schema?.getRootType(operation.operation) ?? undefined;
  const { depth, cost } = setWeight(operation.selectionSet, rootType, false);
  return { depth, cost, rootFields: countRootFields(operation.selectionSet, fragments), aliases: countAliases(operation, fragments) };
}

function fieldDefinition(parentType: GraphQLNamedType | undefined, name: string): AnyField | undefined {
  if (name === TypeNameMetaFieldDef.name) return TypeNameMetaFieldDef as AnyField;
  if (name === SchemaMetaFieldDef.name) return SchemaMetaFieldDef as AnyField;
  if (name === TypeMetaFieldDef.name) return TypeMetaFieldDef as AnyField;
  return isObjectType(parentType) || isInterfaceType(parentType) ? (parentType.getFields()[name] as AnyField | undefined) : undefined;
}

function countRootFields(set: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>, seen = new Set<string>()): number {
  let count = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) count += 1;
    else if (selection.kind === Kind.INLINE_FRAGMENT) count += countRootFields(selection.selectionSet, fragments, seen);
    else {
      const fragment = fragments.get(selection.name.value);
      if (fragment && !seen.has(fragment.name.value)) {
        seen.add(fragment.name.value);
        count += countRootFields(fragment.selectionSet, fragments, seen);
      }
    }
  }
  return count;
}

/** Aliases as written: the operation and each fragment it uses (directly or not) counted once. */
function countAliases(operation: OperationDefinitionNode, fragments: Map<string, FragmentDefinitionNode>): number {
  const used = new Set<string>();
  const count = (set: SelectionSetNode): number => {
    let aliases = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.alias) aliases += 1;
        if (selection.selectionSet) aliases += count(selection.selectionSet);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) aliases += count(selection.selectionSet);
      else {
        const fragment = fragments.get(selection.name.value);
        if (fragment && !used.has(fragment.name.value)) {
          used.add(fragment.name.value);
          aliases += count(fragment.selectionSet);
        }
      }
    }
    return aliases;
  };
  return count(operation.selectionSet);
}
