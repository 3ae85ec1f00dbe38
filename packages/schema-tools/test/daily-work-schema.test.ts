import { getNamedType, isEnumType, isObjectType, type GraphQLSchema } from 'graphql';
import { chineseLabelOf } from '@civic/runtime';
import { composeApiSchema } from '../src';

let api: GraphQLSchema;
beforeAll(() => {
  api = composeApiSchema();
});

/** Every field of the API that answers a page of a list (a `…Connection`), as "Type.field". */
function connectionFields(schema: GraphQLSchema): { path: string; args: string[] }[] {
  return Object.values(schema.getTypeMap())
    .filter(isObjectType)
    .filter((type) => !type.name.startsWith('__'))
    .flatMap((type) =>
      Object.values(type.getFields())
        .filter((field) => getNamedType(field.type).name.endsWith('Connection'))
        .map((field) => ({ path: `${type.name}.${field.name}`, args: field.args.map((arg) => arg.name) })),
    );
}

describe('the API for daily work', () => {
  it('lets every list be sorted: each connection takes orderBy', () => {
    const connections = connectionFields(api);
    expect(connections.length).toBeGreaterThanOrEqual(15);
    expect(connections.filter((field) => !field.args.includes('orderBy')).map((field) => field.path)).toEqual([]);
  });

  it('gives every enum value a Chinese label, and the vocabulary lists every enum', () => {
    const enums = Object.values(api.getTypeMap())
      .filter(isEnumType)
      .filter((type) => !type.name.startsWith('__'));
    const unlabelled = enums.flatMap((type) =>
      type
        .getValues()
        .filter((value) => !chineseLabelOf(value.description))
        .map((value) => `${type.name}.${value.name}`),
    );
    expect(unlabelled).toEqual([]);

    const vocabulary = api.getType('Vocabulary');
    if (!isObjectType(vocabulary)) throw new Error('the API has no Vocabulary type');
    const listed = Object.keys(vocabulary.getFields());
    expect(enums.map((type) => type.name.charAt(0).toLowerCase() + type.name.slice(1)).filter((field) => !listed.includes(field))).toEqual(
      [],
    );
  });
});
