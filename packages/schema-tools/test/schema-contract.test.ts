import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  findBreakingChanges,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  type GraphQLSchema,
} from 'graphql';
import { REPO_ROOT } from '@civic/gateway/subgraphs';
import { composeApiSchema } from '../src';

/** The public API contract, vendored into docs/contract. */
const contractSchema = () => buildSchema(readFileSync(join(REPO_ROOT, 'docs', 'contract', 'schema.graphql'), 'utf8'));

let api: GraphQLSchema;
beforeAll(() => {
  api = composeApiSchema();
});

/** Every place in the public schema that must carry a description, as "Type.field(arg)" paths. */
function undocumented(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  const blank = (text: string | null | undefined) => !text || text.trim().length === 0;
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    if (blank(type.description)) missing.push(type.name);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (blank(field.description)) missing.push(`${type.name}.${field.name}`);
        for (const arg of field.args) if (blank(arg.description)) missing.push(`${type.name}.${field.name}(${arg.name})`);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) if (blank(field.description)) missing.push(`${type.name}.${field.name}`);
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) if (blank(value.description)) missing.push(`${type.name}.${value.name}`);
    }
  }
  return missing.filter((path) => !['String', 'Int', 'Float', 'Boolean', 'ID'].includes(path));
}

describe('the public schema', () => {
  it("documents every type, field, argument and enum value (the explorer is the analysts' manual)", () => {
    expect(undocumented(api)).toEqual([]);
  });

  it('keeps the public contract: no breaking change against docs/contract/schema.graphql', () => {
    const breaking = findBreakingChanges(contractSchema(), api).map((c) => `${c.type}: ${c.description}`);
    expect(breaking).toEqual([]);
  });
});
