import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { parse, type GraphQLSchema } from 'graphql';
import { buildSchema, createResolversMap, type NonEmptyArray } from 'type-graphql';
import { DateTimeScalar } from '@civic/runtime';
import { validateDeclaredRules } from '../validation/validate-declared-rules';
import { vocabularyOf } from './vocabulary';

const FEDERATION_IMPORTS = ['@key', '@shareable', '@external', '@requires', '@provides', '@inaccessible', '@tag'];
const FEDERATION_LINK = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ${JSON.stringify(FEDERATION_IMPORTS)})`;

export interface FederatedSchemaOptions {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  resolvers: NonEmptyArray<Function>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  orphanedTypes?: Function[];
  /** `__resolveReference` per entity type this subgraph can resolve. */
  referenceResolvers?: GraphQLResolverMap<unknown>;
}

/**
 * type-graphql builds the schema; it is printed with its directives (`@key`, `@shareable`),
 * prefixed with the Federation 2 `@link`, and rebuilt as an Apollo subgraph.
 */
export async function buildFederatedSchema(options: FederatedSchemaOptions): Promise<GraphQLSchema> {
  const typeGraphqlSchema = await buildSchema({
    resolvers: options.resolvers,
    orphanedTypes: options.orphanedTypes,
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    validateFn: validateDeclaredRules,
    skipCheck: true,
  });
  const vocabulary = vocabularyOf(typeGraphqlSchema);
  const typeDefs = parse(
    `${FEDERATION_LINK}\n${describeRootTypes(printSchemaWithDirectives(typeGraphqlSchema))}\n${vocabulary?.sdl ?? ''}`,
  );
  const resolvers = mergeResolvers(
    mergeResolvers(createResolversMap(typeGraphqlSchema) as GraphQLResolverMap<unknown>, options.referenceResolvers ?? {}),
    (vocabulary?.resolvers ?? {}) as GraphQLResolverMap<unknown>,
  );
  return buildSubgraphSchema([{ typeDefs, resolvers }]);
}

const ROOT_DESCRIPTIONS: Record<string, string> = {
  Query: 'Everything that can be read: start here (查询入口).',
  Mutation: 'Everything that can be changed; each mutation is one transaction and is written to the audit log (变更入口).',
};

/** type-graphql cannot describe the root types; the explorer should, so the printed SDL gets their descriptions. */
function describeRootTypes(sdl: string): string {
  return sdl.replace(/^type (Query|Mutation) \{/gm, (line, name: string) => `"${ROOT_DESCRIPTIONS[name]}"\n${line}`);
}

function mergeResolvers(base: GraphQLResolverMap<unknown>, extra: GraphQLResolverMap<unknown>): GraphQLResolverMap<unknown> {
  const merged: GraphQLResolverMap<unknown> = { ...base };
  for (const [typeName, fields] of Object.entries(extra)) {
    merged[typeName] = { ...(base[typeName] as object), ...(fields as object) };
  }
  return merged;
}
