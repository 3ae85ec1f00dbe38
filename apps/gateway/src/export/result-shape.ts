import { chineseLabelOf } from '@civic/runtime';
import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  TypeNameMetaFieldDef,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/** One selected field of the operation, resolved against the schema: what an export needs to title and format it. */
export interface FieldShape {
  /** The field's key in the result: its alias, or its name. */
  responseKey: string;
  /** Its heading: the alias the client chose, else the Chinese label of its description, else its name. */
  label: string;
  /** Its type without list and non-null wrappers (a leaf's scalar or enum). */
  namedType: GraphQLNamedType;
  /** Whether its value is a list. */
  isList: boolean;
  /** The operation's variable given as its `after` argument (`$after` in `volunteers(after: $after)`): what pages it. */
  afterVariable?: string;
  /** Its selected subfields by response key, in selection order; empty for a leaf. */
  fields: Map<string, FieldShape>;
}

/**
 * The result's shape, field by field from `data`, as the operation selects it (fragments merged;
 * the first selection of a response key decides its field, as it does for an abstract type's
 * fragments). Fields the schema does not know are left out: validation has refused them already.
 */
export function resultShapeOf(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): Map<string, FieldShape> {
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
  const declared = new Set((operation.variableDefinitions ?? []).map((v) => v.variable.name.value));
  const root = schema.getRootType(operation.operation);
  const shape = new Map<string, FieldShape>();
  if (root) collectFields({ schema, fragments, declared }, root, operation.selectionSet, shape);
  return shape;
}

interface Walk {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
  declared: Set<string>;
}

function collectFields(walk: Walk, parent: GraphQLCompositeType, selectionSet: SelectionSetNode, into: Map<string, FieldShape>): void {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      collectField(walk, parent, selection, into);
      continue;
    }
    const fragment = selection.kind === Kind.FRAGMENT_SPREAD ? walk.fragments.get(selection.name.value) : selection;
    if (!fragment) continue;
    const type = fragment.typeCondition ? walk.schema.getType(fragment.typeCondition.name.value) : parent;
    if (type && isCompositeType(type)) collectFields(walk, type, fragment.selectionSet, into);
  }
}

function collectField(walk: Walk, parent: GraphQLCompositeType, node: FieldNode, into: Map<string, FieldShape>): void {
  const definition = fieldDefinition(parent, node.name.value);
  if (!definition) return;
  const responseKey = node.alias?.value ?? node.name.value;
  let shape = into.get(responseKey);
  if (!shape) {
    shape = {
      responseKey,
      label: node.alias ? node.alias.value : (chineseLabelOf(definition.description) ?? node.name.value),
      namedType: getNamedType(definition.type),
      isList: isListType(getNullableType(definition.type)),
      afterVariable: afterVariableOf(node, walk.declared),
      fields: new Map(),
    };
    into.set(responseKey, shape);
  }
  if (node.selectionSet && isCompositeType(shape.namedType)) collectFields(walk, shape.namedType, node.selectionSet, shape.fields);
}

function fieldDefinition(parent: GraphQLCompositeType, name: string): GraphQLField<unknown, unknown> | undefined {
  if (name === TypeNameMetaFieldDef.name) return TypeNameMetaFieldDef;
  return isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
}

function afterVariableOf(node: FieldNode, declared: Set<string>): string | undefined {
  const after = node.arguments?.find((argument) => argument.name.value === 'after');
  if (after?.value.kind !== Kind.VARIABLE) return undefined;
  return declared.has(after.value.name.value) ? after.value.name.value : undefined;
}
