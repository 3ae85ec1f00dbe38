/* eslint-disable */
import * as types from './graphql';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  '\n  query ConsoleOwnUnit($code: String!) {\n    orgUnitByCode(code: $code) {\n      id\n      name\n    }\n  }\n': typeof types.ConsoleOwnUnitDocument;
  '\n  query ConsoleCampaignOptions($search: String) {\n    campaigns(first: 30, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n': typeof types.ConsoleCampaignOptionsDocument;
  '\n  query ConsoleUnitRoots($code: String!, $scoped: Boolean!) {\n    orgUnitByCode(code: $code) @include(if: $scoped) {\n      id\n      name\n      level\n    }\n    orgUnits(first: 100, filter: { level: CENTER }) @skip(if: $scoped) {\n      edges {\n        node {\n          id\n          name\n          level\n        }\n      }\n    }\n  }\n': typeof types.ConsoleUnitRootsDocument;
  '\n  query ConsoleUnitChildren($id: ID!) {\n    orgUnit(id: $id) {\n      id\n      children {\n        id\n        name\n        level\n      }\n    }\n  }\n': typeof types.ConsoleUnitChildrenDocument;
};
const documents: Documents = {
  '\n  query ConsoleOwnUnit($code: String!) {\n    orgUnitByCode(code: $code) {\n      id\n      name\n    }\n  }\n':
    types.ConsoleOwnUnitDocument,
  '\n  query ConsoleCampaignOptions($search: String) {\n    campaigns(first: 30, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n':
    types.ConsoleCampaignOptionsDocument,
  '\n  query ConsoleUnitRoots($code: String!, $scoped: Boolean!) {\n    orgUnitByCode(code: $code) @include(if: $scoped) {\n      id\n      name\n      level\n    }\n    orgUnits(first: 100, filter: { level: CENTER }) @skip(if: $scoped) {\n      edges {\n        node {\n          id\n          name\n          level\n        }\n      }\n    }\n  }\n':
    types.ConsoleUnitRootsDocument,
  '\n  query ConsoleUnitChildren($id: ID!) {\n    orgUnit(id: $id) {\n      id\n      children {\n        id\n        name\n        level\n      }\n    }\n  }\n':
    types.ConsoleUnitChildrenDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ConsoleOwnUnit($code: String!) {\n    orgUnitByCode(code: $code) {\n      id\n      name\n    }\n  }\n',
): typeof import('./graphql').ConsoleOwnUnitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ConsoleCampaignOptions($search: String) {\n    campaigns(first: 30, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').ConsoleCampaignOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ConsoleUnitRoots($code: String!, $scoped: Boolean!) {\n    orgUnitByCode(code: $code) @include(if: $scoped) {\n      id\n      name\n      level\n    }\n    orgUnits(first: 100, filter: { level: CENTER }) @skip(if: $scoped) {\n      edges {\n        node {\n          id\n          name\n          level\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').ConsoleUnitRootsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ConsoleUnitChildren($id: ID!) {\n    orgUnit(id: $id) {\n      id\n      children {\n        id\n        name\n        level\n      }\n    }\n  }\n',
): typeof import('./graphql').ConsoleUnitChildrenDocument;

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
