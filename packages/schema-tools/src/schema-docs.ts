import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isScalarType,
  isSpecifiedScalarType,
  isUnionType,
  astFromValue,
  print,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type GraphQLType,
} from 'graphql';
import { SUBGRAPHS } from '@civic/gateway/subgraphs';
import { apiSchemaOfSupergraph } from './api-schema-of-supergraph';
import { supergraphOwnership, type SupergraphOwnership } from './supergraph-ownership';

export const SCHEMA_DOCS_HEADER = '<!-- Generated from supergraph/supergraph.graphql by `npm run docs:schema`; do not edit by hand. -->';

/**
 * `docs/schema/`: one markdown page per subgraph (`org.md`, …) with the types, fields, arguments,
 * enum values and descriptions it serves, and an index (`README.md`). Read from the supergraph:
 * what a page lists is what that subgraph resolves, so a shared entity such as `OrgUnit` appears
 * on every page that adds fields to it, each with its own fields.
 */
export function generateSchemaDocs(supergraphSdl: string): Map<string, string> {
  const schema = apiSchemaOfSupergraph(supergraphSdl);
  const ownership = supergraphOwnership(supergraphSdl);
  // Pages in the platform's order (org, volunteers, campaigns, training, workspace, community, assessment), then any others.
  const rank = (name: string) => ((i) => (i < 0 ? SUBGRAPHS.length : i))(SUBGRAPHS.findIndex((s) => s.name === name));
  ownership.subgraphs.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  const pages = new Map<string, string>();
  pages.set('README.md', indexPage(schema, ownership));
  for (const subgraph of ownership.subgraphs) pages.set(`${subgraph}.md`, subgraphPage(schema, ownership, subgraph));
  return pages;
}

const KIND_SECTIONS: [string, (t: GraphQLNamedType) => boolean][] = [
  ['Object types', (t) => isObjectType(t)],
  ['Interfaces', (t) => isInterfaceType(t)],
  ['Unions', (t) => isUnionType(t)],
  ['Enums', (t) => isEnumType(t)],
  ['Input types', (t) => isInputObjectType(t)],
  ['Scalars', (t) => isScalarType(t)],
];

function indexPage(schema: GraphQLSchema, ownership: SupergraphOwnership): string {
  const lines = [
    SCHEMA_DOCS_HEADER,
    '',
    '# API schema by subgraph',
    '',
    'The public API (`/graphql` on the gateway) is composed from five subgraphs. Each page lists the',
    'types, fields, arguments and enum values one subgraph serves, with their descriptions (English',
    'and the Chinese term). An entity shared by several subgraphs (such as `OrgUnit`) appears on each',
    "page with the fields that subgraph adds. The same descriptions are in the explorer's docs panel.",
    '',
    '| subgraph | root fields | types | entities it resolves |',
    '|---|---|---|---|',
  ];
  for (const subgraph of ownership.subgraphs) {
    const types = typesOf(schema, ownership, subgraph);
    const roots = rootFields(schema, ownership, subgraph).length;
    const entities = types.filter((t) => ownership.types.get(t.name)!.some((o) => o.subgraph === subgraph && o.key && o.resolvable));
    lines.push(
      `| [${subgraph}](${subgraph}.md) | ${roots} | ${types.length} | ${entities.map((t) => `\`${t.name}\``).join(', ') || '—'} |`,
    );
  }
  lines.push('', 'Regenerate after `npm run compose` with `npm run docs:schema`; a test fails when these pages are stale.', '');
  return lines.join('\n');
}

function subgraphPage(schema: GraphQLSchema, ownership: SupergraphOwnership, subgraph: string): string {
  const lines = [
    SCHEMA_DOCS_HEADER,
    '',
    `# ${subgraph} subgraph`,
    '',
    `What the **${subgraph}** subgraph serves in the composed API. [All subgraphs](README.md).`,
  ];
  for (const [title, root] of [
    ['Queries', schema.getQueryType()],
    ['Mutations', schema.getMutationType()],
  ] as const) {
    const fields = root ? Object.values(root.getFields()).filter((f) => owns(ownership, root.name, f.name, subgraph)) : [];
    if (fields.length === 0) continue;
    lines.push('', `## ${title}`, '');
    for (const field of fields) lines.push(...fieldLines(field, ownership));
  }
  const types = typesOf(schema, ownership, subgraph).filter((t) => t !== schema.getQueryType() && t !== schema.getMutationType());
  const stubs = types.filter((t) => ownership.types.get(t.name)!.every((o) => o.subgraph !== subgraph || !o.resolvable));
  for (const [title, matches] of KIND_SECTIONS) {
    const section = types.filter((t) => matches(t) && !stubs.includes(t));
    if (section.length === 0) continue;
    lines.push('', `## ${title}`);
    for (const type of section) lines.push('', ...typeLines(type, ownership, subgraph));
  }
  if (stubs.length > 0) {
    lines.push('', '## Entities it references', '', 'Key-only references this subgraph returns; another subgraph resolves the rest.', '');
    for (const type of stubs) lines.push(`- ${typeLink(type.name, ownership)} (key \`${keyOf(ownership, type.name, subgraph) ?? 'id'}\`)`);
  }
  lines.push('');
  return lines.join('\n');
}

function typeLines(type: GraphQLNamedType, ownership: SupergraphOwnership, subgraph: string): string[] {
  const lines = [`### ${type.name}`, ''];
  if (type.description) lines.push(oneParagraph(type.description), '');
  const key = keyOf(ownership, type.name, subgraph);
  const resolvedBy = new Set(
    ownership.types
      .get(type.name)!
      .filter((o) => o.subgraph !== subgraph && o.resolvable)
      .map((o) => o.subgraph),
  );
  const others = ownership.subgraphs.filter((s) => resolvedBy.has(s)).map((s) => `[${s}](${s}.md#${anchor(type.name)})`);
  if (key) lines.push(`Entity, key \`${key}\`${others.length ? `; fields from ${others.join(', ')} too` : ''}.`, '');
  if (isObjectType(type) || isInterfaceType(type)) {
    const interfaces = type.getInterfaces();
    if (interfaces.length) lines.push(`Implements ${interfaces.map((i) => typeLink(i.name, ownership)).join(', ')}.`, '');
    for (const field of Object.values(type.getFields()))
      if (owns(ownership, type.name, field.name, subgraph)) lines.push(...fieldLines(field, ownership));
  } else if (isInputObjectType(type)) {
    for (const field of Object.values(type.getFields()))
      if (owns(ownership, type.name, field.name, subgraph)) lines.push(...inputLines(field, ownership, ''));
  } else if (isEnumType(type)) {
    for (const value of type.getValues()) {
      if (!owns(ownership, type.name, value.name, subgraph)) continue;
      lines.push(`- \`${value.name}\`${describe(value.description)}${deprecation(value.deprecationReason)}`);
    }
  } else if (isUnionType(type)) {
    lines.push(
      `One of ${type
        .getTypes()
        .map((t) => typeLink(t.name, ownership))
        .join(', ')}.`,
    );
  } else if (isScalarType(type) && type.specifiedByURL) {
    lines.push(`Specified by <${type.specifiedByURL}>.`);
  }
  while (lines.at(-1) === '') lines.pop();
  return lines;
}

function fieldLines(field: GraphQLField<unknown, unknown>, ownership: SupergraphOwnership): string[] {
  const lines = [
    `- **\`${field.name}\`**: ${typeRef(field.type, ownership)}${describe(field.description)}${deprecation(field.deprecationReason)}`,
  ];
  for (const arg of field.args) lines.push(...inputLines(arg, ownership, '  '));
  return lines;
}

function inputLines(input: GraphQLArgument | GraphQLInputField, ownership: SupergraphOwnership, indent: string): string[] {
  const defaultValue = input.defaultValue === undefined ? undefined : astFromValue(input.defaultValue, input.type);
  const shownDefault = defaultValue ? ` = \`${print(defaultValue)}\`` : '';
  return [
    `${indent}- \`${input.name}\`: ${typeRef(input.type, ownership)}${shownDefault}${describe(input.description)}${deprecation(input.deprecationReason)}`,
  ];
}

function typeRef(type: GraphQLType, ownership: SupergraphOwnership): string {
  const named = getNamedType(type);
  const text = `\`${String(type)}\``;
  if (isSpecifiedScalarType(named) || !ownership.types.has(named.name)) return text;
  return `[${text}](${homeOf(ownership, named.name)}.md#${anchor(named.name)})`;
}

function typeLink(name: string, ownership: SupergraphOwnership): string {
  return `[\`${name}\`](${homeOf(ownership, name)}.md#${anchor(name)})`;
}

/** The page a type links to: the subgraph that resolves most of its fields (values), the first in page order on a tie. */
function homeOf(ownership: SupergraphOwnership, name: string): string {
  const owners = new Set((ownership.types.get(name) ?? []).filter((o) => o.resolvable).map((o) => o.subgraph));
  const share = (subgraph: string) =>
    [...ownership.members].filter(([member, by]) => member.startsWith(`${name}.`) && by.includes(subgraph)).length;
  let home = ownership.subgraphs.find((s) => owners.has(s)) ?? ownership.subgraphs[0];
  for (const subgraph of ownership.subgraphs) if (owners.has(subgraph) && share(subgraph) > share(home)) home = subgraph;
  return home;
}

function typesOf(schema: GraphQLSchema, ownership: SupergraphOwnership, subgraph: string): GraphQLNamedType[] {
  return Object.values(schema.getTypeMap())
    .filter((t) => !t.name.startsWith('__') && !isSpecifiedScalarType(t))
    .filter((t) => ownership.types.get(t.name)?.some((o) => o.subgraph === subgraph))
    .sort((a, b) => a.name.localeCompare(b.name));
}

function rootFields(schema: GraphQLSchema, ownership: SupergraphOwnership, subgraph: string): string[] {
  return [schema.getQueryType(), schema.getMutationType()].flatMap((root) =>
    root ? Object.keys(root.getFields()).filter((f) => owns(ownership, root.name, f, subgraph)) : [],
  );
}

function owns(ownership: SupergraphOwnership, type: string, member: string, subgraph: string): boolean {
  return ownership.members.get(`${type}.${member}`)?.includes(subgraph) ?? false;
}

function keyOf(ownership: SupergraphOwnership, type: string, subgraph: string): string | undefined {
  return ownership.types.get(type)?.find((o) => o.subgraph === subgraph)?.key;
}

function describe(description: string | null | undefined): string {
  return description ? ` — ${oneParagraph(description)}` : '';
}

function deprecation(reason: string | null | undefined): string {
  return reason ? ` **Deprecated:** ${oneParagraph(reason)}` : '';
}

/** Markdown list items and paragraphs hold one line: newlines become spaces, pipes and angle brackets are escaped. */
function oneParagraph(text: string): string {
  return text
    .replace(/\s*\n\s*/g, ' ')
    .replace(/[<>|]/g, (c) => `\\${c}`)
    .trim();
}

/** GitHub's heading anchor for a type name (headings are the bare name). */
function anchor(name: string): string {
  return name.toLowerCase();
}
