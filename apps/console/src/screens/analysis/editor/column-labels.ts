import {
  getNamedType,
  isCompositeType,
  isEnumType,
  isInterfaceType,
  isObjectType,
  Kind,
  parse,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
// The same rule the gateway's Excel headers use: a pure function, shared rather than written twice.
import { chineseLabelOf } from '@civic/runtime/labels';
import type { ColumnDescription, WorkbenchRun } from './workbench-run';

/** Joins the labels along a nested column: 所属阵地·名称 for `homeUnit.name`, as the Excel export heads it. */
const LABEL_JOINER = '·';

/** A selected field resolved against the schema. */
interface Selected {
  label: string;
  type: GraphQLNamedType;
  selections: SelectionSetNode[];
}

/**
 * The Chinese heading of each column of a table (and its enum values' labels), read from the
 * schema's descriptions along the path the run's query selected: an alias the analyst chose wins,
 * a field without a Chinese term keeps its name. Columns it cannot resolve keep their path.
 */
export function describeColumns(
  schema: GraphQLSchema,
  run: WorkbenchRun,
  listPath: string[],
  columns: string[],
): Record<string, ColumnDescription> {
  const described: Record<string, ColumnDescription> = {};
  let document: DocumentNode;
  try {
    document = parse(run.query);
  } catch {
    return described;
  }
  const fragments = new Map(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
  );
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  const operation = operations.find((o) => !run.operationName || o.name?.value === run.operationName);
  const root = operation && schema.getRootType(operation.operation);
  if (!operation || !root) return described;

  const resolve = (parent: Selected, key: string): Selected | undefined => {
    if (!isCompositeType(parent.type)) return undefined;
    const nodes = parent.selections.flatMap((set) => fieldsNamed(schema, fragments, parent.type as GraphQLCompositeType, set, key));
    if (nodes.length === 0) return undefined;
    const definition = fieldOf(parent.type, nodes[0].node.name.value);
    if (!definition) return undefined;
    return {
      label: nodes[0].node.alias ? key : (chineseLabelOf(definition.description) ?? key),
      type: getNamedType(definition.type),
      selections: nodes.flatMap(({ node }) => (node.selectionSet ? [node.selectionSet] : [])),
    };
  };

  let item: Selected | undefined = { label: '', type: root, selections: [operation.selectionSet] };
  let listLabel = '';
  for (const [index, key] of listPath.entries()) {
    item = item && resolve(item, key);
    if (item) listLabel = item.label;
    // A connection's edges are read as their nodes.
    if (item && key === 'edges' && index === listPath.length - 1) item = resolve(item, 'node') ?? item;
  }
  if (!item) return described;
  for (const column of columns) {
    const labels: string[] = [];
    let at: Selected | undefined = item;
    const path = column === 'value' && !isCompositeType(item.type) ? [] : column.split('.');
    for (const key of path) {
      at = at && resolve(at, key);
      if (at) labels.push(at.label);
    }
    if (!at) continue;
    const heading = labels.length ? labels.join(LABEL_JOINER) : listLabel || column;
    described[column] = { heading, enumLabels: isEnumType(at.type) ? enumLabels(at.type) : undefined };
  }
  return withUniqueHeadings(described);
}

function fieldsNamed(
  schema: GraphQLSchema,
  fragments: Map<string, FragmentDefinitionNode>,
  parent: GraphQLCompositeType,
  set: SelectionSetNode,
  responseKey: string,
): { node: FieldNode }[] {
  return set.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return (selection.alias?.value ?? selection.name.value) === responseKey ? [{ node: selection }] : [];
    const fragment = selection.kind === Kind.FRAGMENT_SPREAD ? fragments.get(selection.name.value) : selection;
    if (!fragment) return [];
    const type = fragment.typeCondition ? schema.getType(fragment.typeCondition.name.value) : parent;
    return type && isCompositeType(type) ? fieldsNamed(schema, fragments, type, fragment.selectionSet, responseKey) : [];
  });
}

function fieldOf(parent: GraphQLNamedType, name: string): GraphQLField<unknown, unknown> | undefined {
  return isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
}

function enumLabels(type: GraphQLNamedType): Record<string, string> | undefined {
  if (!isEnumType(type)) return undefined;
  return Object.fromEntries(type.getValues().map((value) => [value.name, chineseLabelOf(value.description) ?? value.name]));
}

/** Two columns may carry the same label (a unit's 名称 and its parent's): those get their path added. */
function withUniqueHeadings(described: Record<string, ColumnDescription>): Record<string, ColumnDescription> {
  const counts = new Map<string, number>();
  for (const { heading } of Object.values(described)) counts.set(heading, (counts.get(heading) ?? 0) + 1);
  return Object.fromEntries(
    Object.entries(described).map(([column, description]) => [
      column,
      counts.get(description.heading)! > 1 ? { ...description, heading: `${description.heading}（${column}）` } : description,
    ]),
  );
}
